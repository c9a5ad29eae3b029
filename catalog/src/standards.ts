import type { Standard } from "@gapmap/core";

/**
 * Statistical standards that set the catalogue's definitions. Names and years follow
 * domain-facts §3; document symbols that the facts file does not give (census P&R, SNA,
 * the conventions, the Guiding Principles, the SDG framework resolution, MiGOF) are from
 * general knowledge and should be checked against the publication before being quoted.
 */
export const standards: Standard[] = [
  {
    id: "un-1998",
    name: "Recommendations on Statistics of International Migration, Revision 1",
    body: "United Nations Statistics Division (UN DESA)",
    year: 1998,
    reference: "ST/ESA/STAT/SER.M/58/Rev.1",
  },
  {
    id: "un-eg-2021",
    name: "Final Report on Conceptual Frameworks and Concepts and Definitions on International Migration",
    body: "UN Expert Group on Migration Statistics (Task Force 2)",
    year: 2021,
    reference: "Final report of 27 April 2021, endorsed by the UN Statistical Commission in 2021",
  },
  {
    id: "pr-census-rev3",
    name: "Principles and Recommendations for Population and Housing Censuses, Revision 3",
    body: "United Nations Statistics Division (UN DESA)",
    year: 2017,
    reference: "ST/ESA/STAT/SER.M/67/Rev.3",
  },
  {
    id: "bpm6",
    name: "Balance of Payments and International Investment Position Manual, Sixth Edition (BPM6)",
    body: "International Monetary Fund",
    year: 2009,
    reference:
      "BPM6 Appendix 5 (Remittances); with International Transactions in Remittances: Guide for Compilers and Users (RCG, 2009)",
  },
  {
    id: "icls-2018",
    name: "Guidelines concerning statistics of international labour migration",
    body: "20th International Conference of Labour Statisticians (ILO)",
    year: 2018,
    reference: "20th ICLS, Geneva, October 2018",
  },
  {
    id: "irrs-2018",
    name: "International Recommendations on Refugee Statistics (IRRS)",
    body: "Expert Group on Refugee, IDP and Statelessness Statistics (EGRISS); UN Statistical Commission",
    year: 2018,
    reference: "Endorsed by the UN Statistical Commission, 49th session (2018)",
  },
  {
    id: "iris-2020",
    name: "International Recommendations on Internally Displaced Persons Statistics (IRIS)",
    body: "Expert Group on Refugee, IDP and Statelessness Statistics (EGRISS); UN Statistical Commission",
    year: 2020,
    reference: "Endorsed by the UN Statistical Commission, 51st session (2020)",
  },
  {
    id: "iross-2023",
    name: "International Recommendations on Statelessness Statistics (IROSS)",
    body: "Expert Group on Refugee, IDP and Statelessness Statistics (EGRISS); UN Statistical Commission",
    year: 2023,
    reference: "Endorsed by the UN Statistical Commission, 54th session (2023)",
  },
  {
    id: "eu-862-2007",
    name: "Regulation (EC) No 862/2007 on Community statistics on migration and international protection",
    body: "European Parliament and Council of the European Union",
    year: 2007,
    reference: "Regulation (EC) No 862/2007, amended by Regulation (EU) 2020/851",
  },
  {
    id: "refugee-convention-1951",
    name: "Convention relating to the Status of Refugees and its 1967 Protocol",
    body: "United Nations",
    year: 1951,
    reference: "189 UNTS 137 (Convention); 606 UNTS 267 (Protocol)",
  },
  {
    id: "guiding-principles-idp-1998",
    name: "Guiding Principles on Internal Displacement",
    body: "United Nations (Representative of the Secretary-General on Internally Displaced Persons)",
    year: 1998,
    reference: "E/CN.4/1998/53/Add.2",
  },
  {
    id: "sdg-global-framework",
    name: "Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda",
    body: "UN General Assembly, on the proposal of the IAEG-SDGs and the UN Statistical Commission",
    year: 2017,
    reference: "A/RES/71/313 (annually refined; comprehensive reviews 2020 and 2025)",
  },
  {
    id: "unece-circular-2016",
    name: "Defining and Measuring Circular Migration",
    body: "UNECE Conference of European Statisticians (Task Force on Measuring Circular Migration)",
    year: 2016,
    reference: "ECE/CES/BUR/2016/OCT/18/Add.1",
  },
  {
    id: "palermo-protocols-2000",
    name: "Protocols to Prevent, Suppress and Punish Trafficking in Persons and against the Smuggling of Migrants (Palermo Protocols)",
    body: "UN General Assembly",
    year: 2000,
    reference:
      "A/RES/55/25, Annexes II and III (supplementing the UN Convention against Transnational Organized Crime)",
  },
  {
    id: "icrmw-1990",
    name: "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    body: "UN General Assembly",
    year: 1990,
    reference: "A/RES/45/158",
  },
  {
    id: "iom-migof-2015",
    name: "Migration Governance Framework (MiGOF)",
    body: "International Organization for Migration (IOM Council)",
    year: 2015,
    reference: "IOM Council document C/106/40",
  },
  {
    id: "isced-2011",
    name: "International Standard Classification of Education 2011 (ISCED 2011)",
    body: "UNESCO Institute for Statistics",
    year: 2011,
    reference: "Adopted by the UNESCO General Conference, 36th session (2011)",
  },
  {
    id: "isco-08",
    name: "International Standard Classification of Occupations 2008 (ISCO-08)",
    body: "International Labour Organization",
    year: 2008,
    reference: "ISCO-08, endorsed by the ILO Governing Body (2008)",
  },
  {
    id: "sna-2008",
    name: "System of National Accounts 2008 (2008 SNA)",
    body: "United Nations, European Commission, IMF, OECD and World Bank",
    year: 2008,
    reference: "ST/ESA/STAT/SER.F/2/Rev.5",
  },
];
