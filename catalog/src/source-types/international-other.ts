import type { SourceType } from "@gapmap/core";

/** International databases outside the UN system: World Bank, OECD, Eurostat, academic and private. */
export const otherInternationalSourceTypes: SourceType[] = [
  {
    id: "world-bank-remittances",
    name: "World Bank remittance data (Migration and Development Briefs)",
    category: "international",
    producer: "World Bank, from IMF balance-of-payments statistics and staff estimates",
    periodicity: "Annual, with briefs during the year",
    measures: ["money"],
    strengths: [
      "Remittances received and paid for nearly every country",
      "Bilateral remittance estimates by corridor",
    ],
    blindSpots: [
      "Missing values filled with estimates",
      "Bilateral flows are modelled, not observed",
      "Informal channels are missed",
    ],
    typicalDimensions: ["country"],
  },
  {
    id: "remittance-prices-worldwide",
    name: "World Bank Remittance Prices Worldwide (RPW)",
    category: "international",
    producer: "World Bank",
    periodicity: "Quarterly since 2008",
    measures: ["price"],
    strengths: [
      "Cost of sending USD 200 and 500 in some 365 corridors; feeds SDG 10.c.1",
      "Comparable by type of provider and payment instrument",
    ],
    blindSpots: [
      "Prices collected by mystery shopping, not volumes actually sent",
      "Corridors can drop out, e.g. those from Russia in 2022",
    ],
    typicalDimensions: ["country", "time"],
  },
  {
    id: "world-bank-wdi",
    name: "World Bank World Development Indicators (WDI)",
    category: "international",
    producer: "World Bank",
    periodicity: "Annual",
    measures: ["stock", "flow", "money"],
    strengths: [
      "Net migration, migrant stock, remittances and context indicators in one place",
      "Stable series codes",
    ],
    blindSpots: ["Republishes other sources after a lag", "Few breakdowns below country totals"],
    typicalDimensions: ["sex", "age"],
  },
  {
    id: "oecd-dioc",
    name: "OECD Database on Immigrants in OECD Countries (DIOC, DIOC-E)",
    category: "international",
    producer: "OECD (DIOC-E with the World Bank)",
    periodicity: "Census rounds (2000, 2005/06, 2010/11)",
    measures: ["stock"],
    strengths: [
      "Immigrants by education level, so emigration rates by skill can be computed",
      "Bilateral detail for more than 200 origins",
    ],
    blindSpots: [
      "Infrequent, tied to census rounds",
      "Defines immigrants by country of birth only",
    ],
    typicalDimensions: ["sex", "age", "country", "education", "occupation", "duration"],
  },
  {
    id: "oecd-imd",
    name: "OECD International Migration Database",
    category: "international",
    producer: "OECD, from its network of national correspondents",
    periodicity: "Annual",
    measures: ["stock", "flow"],
    strengths: [
      "Inflows, outflows, stocks, asylum and naturalisations from 1980",
      "Standardised permanent-migration inflows by category of entry",
    ],
    blindSpots: [
      "National definitions differ behind tables that look alike",
      "Mostly OECD member countries",
    ],
    typicalDimensions: ["sex", "country", "reason"],
  },
  {
    id: "oecd-dac",
    name: "OECD Development Assistance Committee statistics (Creditor Reporting System)",
    category: "international",
    producer: "OECD",
    periodicity: "Annual",
    measures: ["money"],
    strengths: [
      "Official development assistance by sector and recipient, including scholarships (SDG 4.b.1)",
      "Reported by donors under common rules",
    ],
    blindSpots: [
      "Donor view only; providers outside the DAC partly covered",
      "Does not show which students actually received the scholarships",
    ],
    typicalDimensions: ["country"],
  },
  {
    id: "eurostat",
    name: "Eurostat migration and asylum statistics",
    category: "international",
    producer: "Eurostat, from national authorities under Regulation (EC) No 862/2007",
    periodicity: "Annual; asylum monthly or quarterly",
    measures: ["stock", "flow", "event"],
    strengths: [
      "Harmonised 12-month definition across EU and EFTA countries",
      "Flows, stocks, permits, asylum, enforcement and citizenship in one place",
    ],
    blindSpots: [
      "Two age definitions (reached and completed) duplicate rows",
      "Overlapping country aggregates (EU15, EU25, EU27)",
      "European countries only",
    ],
    typicalDimensions: ["sex", "age", "country", "reason", "duration", "time"],
  },
  {
    id: "ipums",
    name: "IPUMS-International census microdata",
    category: "international",
    producer: "University of Minnesota, from national statistics offices",
    periodicity: "Census rounds",
    measures: ["stock", "flow"],
    strengths: [
      "Harmonised census microdata for any breakdown by foreign-born status",
      "Used to disaggregate SDG indicators by migratory status",
    ],
    blindSpots: [
      "Samples, not full census counts",
      "Access needs registration and approval",
      "Released years after the census",
    ],
    typicalDimensions: [
      "sex",
      "age",
      "country",
      "region",
      "education",
      "occupation",
      "migratory-status",
      "urban-rural",
    ],
  },
  {
    id: "gallup-world-poll",
    name: "Gallup World Poll",
    category: "international",
    producer: "Gallup",
    periodicity: "Annual",
    // Share of adults who would like to move: a prevalence at the survey date.
    measures: ["stock"],
    strengths: [
      "The only global source on wishes and plans to migrate",
      "Same questions asked in many countries",
    ],
    blindSpots: [
      "Intentions are not moves",
      "Proprietary; detailed data are paid",
      "National samples are small",
    ],
    typicalDimensions: ["sex", "age", "country", "education"],
  },
];
