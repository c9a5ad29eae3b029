/** A hand-made catalogue and record factory for gap-analysis tests, parsed by the core schemas. */
import { catalogueSchema, type Catalogue } from "../../catalogue/schema";
import {
  sourceRecordSchema,
  type SourceRecord,
  type SourceRecordInput,
} from "../../inventory/source-record";
import type { IndicatorNeed } from "../../needs/needs-profile";

const en = (text: string) => ({ en: [text] });

export const smallCatalogue: Catalogue = catalogueSchema.parse({
  version: "0.0.1",
  indicators: [
    {
      id: "immigration-flow",
      section: "A.2",
      name: "Immigrants during the year",
      definition: "People who took up usual residence in the country during the year.",
      measure: "flow",
      unitFamily: "persons",
      requiredDimensions: ["sex", "age", "country"],
      series: [],
      standards: ["un-1998"],
      concepts: ["long-term-migrant"],
      sourceTypes: ["population-register", "lfs"],
      themes: ["population-dynamics"],
      synonyms: en("immigrants"),
    },
    {
      id: "emigration-flow",
      section: "A.4",
      name: "Emigrants during the year",
      definition: "People who gave up usual residence in the country during the year.",
      measure: "flow",
      unitFamily: "persons",
      requiredDimensions: ["sex", "country"],
      series: [],
      standards: ["un-1998"],
      concepts: ["long-term-migrant"],
      sourceTypes: ["population-register"],
      themes: ["population-dynamics", "diaspora-remittances"],
      synonyms: en("emigrants"),
    },
    {
      id: "remittances-received",
      section: "B.2",
      name: "Personal remittances received",
      definition: "Personal transfers and compensation of employees received from abroad.",
      measure: "amount",
      unitFamily: "currency",
      requiredDimensions: ["country"],
      series: [],
      standards: ["bpm6"],
      concepts: [],
      sourceTypes: ["central-bank"],
      themes: ["diaspora-remittances"],
      synonyms: en("remittances"),
    },
    {
      id: "migration-policy",
      section: "C.1",
      name: "National migration policy in force",
      definition: "Whether a national migration policy or strategy is in force.",
      measure: "policy",
      unitFamily: "qualitative",
      requiredDimensions: [],
      series: [],
      standards: [],
      concepts: [],
      sourceTypes: ["policy-document"],
      themes: ["governance-coordination"],
      synonyms: en("migration strategy"),
    },
  ],
  concepts: [
    {
      id: "long-term-migrant",
      name: "Long-term migrant",
      definition: "Changed country of usual residence for at least 12 months.",
      standards: ["un-1998"],
      criterion: "12 months of usual residence",
      params: { residenceThresholdMonths: 12, residenceBasis: "usual" },
      variants: [
        {
          id: "ru-place-of-stay-9-months",
          label: "Registration at the place of stay for 9 months or more",
          countries: ["RU"],
          criterion: "registered for 9 months or more",
          params: { residenceThresholdMonths: 9, residenceBasis: "registered" },
          status: "partly-verified",
        },
        {
          id: "note-only-variant",
          label: "Residual estimate",
          countries: [],
          criterion: "population change minus natural increase",
          params: { note: "residual" },
          status: "unverified",
        },
      ],
    },
  ],
  standards: [
    {
      id: "un-1998",
      name: "Recommendations on Statistics of International Migration, Revision 1",
      body: "UN Statistics Division",
      year: 1998,
    },
    { id: "bpm6", name: "Balance of Payments Manual, 6th edition", body: "IMF", year: 2009 },
  ],
  sourceTypes: [
    {
      id: "population-register",
      name: "Population register",
      category: "administrative",
      producer: "Ministry of Interior",
      requestAgency: "Ministry of Interior",
      periodicity: "continuous",
      measures: ["stock", "flow"],
      strengths: ["complete"],
      blindSpots: ["emigration under-recorded"],
      typicalDimensions: ["sex", "age"],
    },
    {
      id: "lfs",
      name: "Labour force survey",
      category: "census-survey",
      producer: "National statistics office",
      requestAgency: "National statistics office",
      periodicity: "quarterly",
      measures: ["stock"],
      strengths: ["labour status"],
      blindSpots: ["small samples"],
      typicalDimensions: ["sex", "age"],
    },
    {
      id: "central-bank",
      name: "Central bank statistics",
      category: "administrative",
      producer: "Central bank",
      requestAgency: "Central bank",
      periodicity: "quarterly",
      measures: ["money"],
      strengths: ["BPM6"],
      blindSpots: ["informal channels"],
      typicalDimensions: ["country"],
    },
    {
      id: "policy-document",
      name: "Policy documents",
      category: "policy",
      producer: "Government ministries",
      requestAgency: "Government ministries",
      periodicity: "ad hoc",
      measures: ["policy"],
      strengths: ["official"],
      blindSpots: ["implementation"],
      typicalDimensions: [],
    },
  ],
  policyThemes: [
    { id: "population-dynamics", name: "Population dynamics", area: "impact" },
    { id: "diaspora-remittances", name: "Diaspora and remittances", area: "impact" },
    { id: "governance-coordination", name: "Governance and coordination", area: "governance" },
  ],
  presets: [
    {
      id: "small-preset",
      name: "Small preset",
      description: "Four indicators for tests.",
      status: "derived",
      items: [
        { indicator: "immigration-flow", priority: "high" },
        { indicator: "emigration-flow", requiredDimensions: ["sex"], priority: "high" },
        { indicator: "remittances-received" },
        { indicator: "migration-policy", priority: "low" },
      ],
    },
  ],
});

/** A complete, standard, open, timely record for `indicator`; override what a test varies. */
export function makeRecord(overrides: Partial<SourceRecordInput> & { id: string }): SourceRecord {
  return sourceRecordSchema.parse({
    indicators: ["immigration-flow"],
    location: { kind: "other", description: "test" },
    producer: "National statistics office",
    sourceType: "population-register",
    years: [2019, 2020, 2021, 2022, 2023],
    periodicity: "annual",
    breakdowns: [{ kind: "sex" }, { kind: "age" }, { kind: "country", role: "citizenship" }],
    geography: "national",
    definition: { concept: "long-term-migrant" },
    openness: {
      machineReadable: true,
      nonProprietary: true,
      downloadOptions: ["bulk", "api"],
      metadata: true,
      openLicence: true,
    },
    access: "public",
    quality: [],
    origin: "template",
    ...overrides,
  });
}

/** The need the gap tests assess "immigration-flow" against; `overrides` vary one field. */
export function immigrationNeed(overrides: Partial<IndicatorNeed> = {}): IndicatorNeed {
  return {
    indicator: "immigration-flow",
    breakdowns: ["sex", "age", "country"],
    frequency: "annual",
    timeliness: { kind: "max-age", years: 2 },
    geography: "national",
    priority: "high",
    ...overrides,
  };
}
