import type { SourceType } from "@gapmap/core";

/** Databases of UN agencies and IOM that compile or model national data for all countries. */
export const unSourceTypes: SourceType[] = [
  {
    id: "un-desa-ims",
    name: "UN DESA International Migrant Stock",
    category: "international",
    producer: "UN DESA Population Division",
    requestAgency: "National statistics office",
    periodicity: "About every 5 years (2024 edition covers 1990–2024)",
    measures: ["stock"],
    strengths: [
      "Global bilateral estimates by origin and destination",
      "Sex and age breakdowns on one definition for every country",
    ],
    blindSpots: [
      "Modelled and interpolated between censuses",
      "Citizenship stands in where country of birth is missing",
    ],
    typicalDimensions: ["sex", "age", "country"],
  },
  {
    id: "un-desa-common-set",
    name: "Migration profiles: common set of indicators (UN DESA and GMG)",
    category: "international",
    producer: "UN DESA Population Division with UNICEF",
    requestAgency: "National statistics office",
    periodicity: "Periodic updates",
    measures: ["stock", "money", "policy"],
    strengths: [
      "Ready-made country profiles: ratifications, population, development and migration",
      "Includes outbound tertiary students by country of origin",
    ],
    blindSpots: [
      "Compiled from other international sources; adds no new data",
      "Updates lag behind national releases",
    ],
    typicalDimensions: ["sex", "age", "country"],
  },
  {
    id: "un-inquiry",
    name: "UN Inquiry among Governments on Population and Development",
    category: "international",
    producer: "UN DESA Population Division",
    requestAgency: "Ministry of Foreign Affairs",
    periodicity: "Periodic rounds",
    measures: ["policy"],
    strengths: [
      "Official government answers on migration policy, the basis of SDG 10.7.2",
      "Same questions for every country",
    ],
    blindSpots: ["Reports policies, not how they are implemented", "Some governments do not reply"],
    typicalDimensions: [],
  },
  {
    id: "unhcr",
    name: "UNHCR refugee statistics (Refugee Data Finder)",
    category: "international",
    producer: "UNHCR",
    requestAgency: "Ministry of Interior",
    periodicity: "Annual (end of year) and mid-year",
    measures: ["stock", "flow"],
    strengths: [
      "Refugees, asylum-seekers, returnees, stateless persons and IDPs in one database",
      "Tables by country of asylum and country of origin; feeds SDG 10.7.4",
    ],
    blindSpots: [
      "Assembled from government and UNHCR operational data with differing definitions",
      "Sex and age breakdowns incomplete",
    ],
    typicalDimensions: ["sex", "age", "country"],
  },
  {
    id: "iom-missing-migrants",
    name: "IOM Missing Migrants Project",
    category: "international",
    producer: "IOM Global Migration Data Analysis Centre (GMDAC)",
    requestAgency: "Border police",
    periodicity: "Continuous since 2014",
    measures: ["event"],
    strengths: [
      "The only global record of deaths and disappearances during migration; feeds SDG 10.7.3",
      "Route, location and cause of each incident",
    ],
    blindSpots: [
      "Minimum counts: many deaths are never reported",
      "Leaves out deaths in destination countries, in detention or during deportation",
    ],
    typicalDimensions: ["sex", "age", "country", "region"],
  },
  {
    id: "ilo-ilms",
    name: "ILO International Labour Migration Statistics (ILMS) database",
    category: "international",
    producer: "ILO",
    requestAgency: "National statistics office",
    periodicity: "Annual questionnaire",
    measures: ["stock", "flow"],
    strengths: [
      "Migrant workers, nationals working abroad and labour migration flows on ICLS 2018 concepts",
      "Labour-market characteristics of migrant workers",
    ],
    blindSpots: [
      "Many countries do not report",
      "Mixes birth-based and citizenship-based definitions",
    ],
    typicalDimensions: ["sex", "age", "country", "education", "occupation", "migratory-status"],
  },
  {
    id: "ilostat",
    name: "ILOSTAT labour statistics database",
    category: "international",
    producer: "ILO",
    requestAgency: "National statistics office",
    periodicity: "Continuous; yearly modelled estimates",
    measures: ["stock"],
    strengths: [
      "Harmonised labour indicators, some broken down by migrant status",
      "Modelled estimates fill gaps for global and regional totals",
    ],
    blindSpots: [
      "Breakdowns by migrant status exist for few countries",
      "Modelled values are not observations",
    ],
    typicalDimensions: ["sex", "age", "education", "occupation", "migratory-status", "urban-rural"],
  },
  {
    id: "undp-hdr",
    name: "UNDP Human Development Report data",
    category: "international",
    producer: "UNDP Human Development Report Office",
    requestAgency: "National statistics office",
    periodicity: "Annual",
    // An index level for a year: "stock" is the nearest of the schema's measure kinds.
    measures: ["stock"],
    strengths: [
      "Comparable composite indices (HDI) for country context",
      "Long, consistent series",
    ],
    blindSpots: [
      "Each edition revises earlier years, so values change after citation",
      "No breakdown by migratory status",
    ],
    typicalDimensions: ["sex"],
  },
];
