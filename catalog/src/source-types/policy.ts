import type { SourceType } from "@gapmap/core";

/** Sources on laws, policies, treaties and institutions rather than on people. */
export const policySourceTypes: SourceType[] = [
  {
    id: "mgi",
    name: "IOM Migration Governance Indicators (MGI)",
    category: "policy",
    producer: "IOM, together with the government assessed",
    requestAgency: "Ministry of Interior",
    periodicity: "On request; national and local editions",
    measures: ["policy"],
    strengths: [
      "More than 90 questions across the six MiGOF domains, in line with SDG 10.7.2",
      "Prepared with the government, which helps acceptance of the findings",
    ],
    blindSpots: [
      "Measures policy inputs, not outcomes for migrants",
      "Not a ranking and not repeated on a fixed cycle",
    ],
    typicalDimensions: [],
  },
  {
    id: "policy-document",
    name: "Policy documents and strategies",
    category: "policy",
    producer: "Government ministries and coordination bodies",
    requestAgency: "Ministry of Interior",
    periodicity: "Irregular",
    measures: ["policy"],
    strengths: [
      "States objectives, responsible institutions and coordination arrangements",
      "Shows commitments to collect and share migration data",
    ],
    blindSpots: [
      "Describes plans, not what is implemented",
      "Free text, hard to compare between countries",
    ],
    typicalDimensions: [],
  },
  {
    id: "legal-database",
    name: "National legislation database",
    category: "policy",
    producer:
      "Official gazette or Ministry of Justice; international compilations such as ILO NATLEX",
    requestAgency: "Ministry of Justice",
    periodicity: "Continuous",
    measures: ["policy"],
    strengths: [
      "Authoritative text of migration-related laws and regulations",
      "History of amendments",
    ],
    blindSpots: [
      "Law on paper, not practice",
      "Secondary regulations and instructions often missing",
    ],
    typicalDimensions: [],
  },
  {
    id: "treaty-database",
    name: "Treaty databases (UN Treaty Collection, ILO NORMLEX, bilateral agreement lists)",
    category: "policy",
    producer: "UN Office of Legal Affairs, ILO and ministries of foreign affairs",
    requestAgency: "Ministry of Foreign Affairs",
    periodicity: "Continuous",
    measures: ["policy"],
    strengths: [
      "Authoritative ratification status, with dates",
      "Bilateral labour and readmission agreements where they are registered",
    ],
    blindSpots: [
      "Many bilateral agreements and memoranda are never published",
      "Ratification says nothing about implementation",
    ],
    typicalDimensions: ["country"],
  },
  {
    id: "ilo-textual-sources",
    name: "ILO supervisory and textual sources on labour rights",
    category: "policy",
    producer: "ILO, from its supervisory bodies and reviews of national legislation",
    requestAgency: "Ministry of Labour and Social Protection",
    periodicity: "Periodic coding (SDG 8.8.2)",
    measures: ["policy"],
    strengths: [
      "Coded compliance with freedom of association and collective bargaining rights",
      "Built on ILO supervisory comments and national law",
    ],
    blindSpots: [
      "Legal compliance, not the experience of workers",
      "Little that is specific to migrant workers",
    ],
    typicalDimensions: [],
  },
];
