import type { PresetInput, Section } from "@gapmap/core";

type PresetItemInput = PresetInput["items"][number];
type Priority = NonNullable<PresetItemInput["priority"]>;

/**
 * Core indicators by Migration Profile section, exactly as in shared/catalogue/core-indicators.csv.
 * Kept by section so the priority rule below follows the template, not a hand-kept list.
 */
const CORE_BY_SECTION: Partial<Record<Section, string[]>> = {
  "A.1": [
    "stock-irregular-migrants",
    "flow-irregular-entries",
    "flow-refusals-of-entry",
    "flow-removals",
    "flow-trafficking-victims",
    "flow-smuggling",
    "flow-missing-migrants",
  ],
  "A.2": [
    "stock-immigrants",
    "stock-foreign-citizens",
    "stock-refugees-hosted",
    "stock-asylum-seekers",
    "stock-stateless",
    "flow-immigration",
    "flow-asylum-applications",
    "flow-asylum-decisions",
    "flow-resettlement",
    "flow-family-reunification",
  ],
  "A.3": [
    "stock-migrant-workers",
    "stock-international-students",
    "stock-permit-holders",
    "flow-circular",
    "flow-work-permits",
    "flow-residence-permits",
    "flow-visas",
    "flow-border-crossings",
  ],
  "A.4": [
    "stock-emigrants",
    "stock-refugees-abroad",
    "stock-nationals-working-abroad",
    "flow-emigration",
    "flow-labour-emigration",
    "flow-outbound-students",
  ],
  "A.5": ["flow-return", "flow-assisted-return", "flow-readmissions"],
  "A.6": ["stock-idps", "flow-internal-migration"],
  "B.1": [
    "flow-net-migration",
    "demo-migrant-share",
    "demo-migration-population-change",
    "demo-births-foreign-mothers",
  ],
  "B.2": [
    "remit-inflow",
    "remit-inflow-gdp",
    "remit-outflow",
    "remit-cost",
    "remit-households",
    "diaspora-investment",
  ],
  "B.3": [
    "labour-employment-rate-by-status",
    "labour-unemployment-rate-by-status",
    "labour-earnings-by-status",
    "labour-neet-by-status",
    "labour-occupational-injuries",
    "labour-rights-compliance",
    "labour-recruitment-cost",
    "labour-returnee-employment",
    "labour-child-labour",
    "labour-skills-mismatch",
  ],
  "B.4": [
    "demo-children-left-behind",
    "edu-attainment-by-status",
    "edu-participation-by-status",
    "edu-tertiary-emigration-rate",
    "edu-scholarships-oda",
    "social-poverty-by-status",
    "social-protection-by-status",
    "social-discrimination-by-status",
    "social-housing-by-status",
    "social-birth-registration",
  ],
  "B.5": ["health-coverage-by-status", "health-worker-emigration"],
  "B.6": ["flow-disaster-displacement", "env-climate-migration"],
  "C.1": ["gov-migration-policy", "gov-national-strategy", "gov-diaspora-policy", "gov-mgi"],
  "C.2": ["flow-naturalisations", "gov-legislation", "gov-ratifications"],
  "C.3": ["gov-institutions", "gov-data-sharing"],
  "C.4": ["gov-bilateral-agreements", "gov-regional-cooperation"],
  K: [
    "ctx-population",
    "ctx-gdp-per-capita",
    "ctx-hdi",
    "ctx-unemployment-rate",
    "ctx-labour-force",
    "ctx-census-recency",
  ],
};

/** Trends (Part A) and remittances/diaspora (B.2) are what every profile must report first. */
function corePriority(section: string): Priority {
  return section.startsWith("A.") || section === "B.2" ? "high" : "medium";
}

const coreItems: PresetItemInput[] = Object.entries(CORE_BY_SECTION).flatMap(([section, ids]) =>
  ids.map((indicator) => ({ indicator, priority: corePriority(section) })),
);

/**
 * Catalogue indicators carrying the migration-specific SDG indicators of domain-facts §2.1.
 * High priority where the target itself names migration (10.7, 10.c, 8.8).
 */
const sdgMigrationItems: PresetItemInput[] = [
  { indicator: "labour-recruitment-cost", priority: "high" }, // 10.7.1
  { indicator: "gov-migration-policy", priority: "high" }, // 10.7.2
  { indicator: "flow-missing-migrants", priority: "high" }, // 10.7.3
  { indicator: "stock-refugees-abroad", priority: "high" }, // 10.7.4
  { indicator: "remit-cost", priority: "high" }, // 10.c.1
  { indicator: "labour-occupational-injuries", priority: "high" }, // 8.8.1
  { indicator: "labour-rights-compliance", priority: "high" }, // 8.8.2
  { indicator: "remit-inflow-gdp", priority: "medium" }, // 17.3.2
  { indicator: "labour-child-labour", priority: "medium" }, // 8.7.1
  { indicator: "flow-trafficking-victims", priority: "medium" }, // 16.2.2
  { indicator: "edu-scholarships-oda", priority: "medium" }, // 4.b.1
  { indicator: "ctx-census-recency", priority: "medium" }, // 17.19.2
];

/**
 * The 2017 UN EGM candidate list (domain-facts §2.2), one item per SDG indicator; "a / b"
 * alternatives are both listed, and 10.3.1 / 16.b.1 share one indicator. Items the facts file
 * marks "?" get low priority; 8.8.1 and 8.8.2, whose official titles name migrant status, high.
 */
const sdgDisaggregationItems: PresetItemInput[] = [
  { indicator: "sdg-1-1-1-by-status", priority: "medium" },
  { indicator: "social-poverty-by-status", priority: "medium" }, // 1.2.1
  { indicator: "social-protection-by-status", priority: "medium" }, // 1.3.1
  { indicator: "sdg-2-1-1-by-status", priority: "medium" },
  { indicator: "sdg-2-1-2-by-status", priority: "medium" },
  { indicator: "sdg-3-1-1-by-status", priority: "low" },
  { indicator: "sdg-3-2-1-by-status", priority: "low" },
  { indicator: "health-coverage-by-status", priority: "medium" }, // 3.8.1
  { indicator: "sdg-4-1-1-by-status", priority: "medium" },
  { indicator: "sdg-4-2-2-by-status", priority: "low" },
  { indicator: "sdg-4-3-1-by-status", priority: "medium" },
  { indicator: "sdg-4-5-1-by-status", priority: "medium" },
  { indicator: "sdg-4-6-1-by-status", priority: "medium" },
  { indicator: "sdg-5-2-1-by-status", priority: "medium" },
  { indicator: "sdg-8-3-1-by-status", priority: "medium" },
  { indicator: "labour-earnings-by-status", priority: "medium" }, // 8.5.1
  { indicator: "labour-unemployment-rate-by-status", priority: "medium" }, // 8.5.2
  { indicator: "labour-neet-by-status", priority: "medium" }, // 8.6.1
  { indicator: "labour-child-labour", priority: "medium" }, // 8.7.1
  { indicator: "labour-occupational-injuries", priority: "high" }, // 8.8.1
  { indicator: "labour-rights-compliance", priority: "high" }, // 8.8.2
  { indicator: "sdg-8-10-2-by-status", priority: "medium" },
  { indicator: "social-discrimination-by-status", priority: "medium" }, // 10.3.1 / 16.b.1
  { indicator: "social-housing-by-status", priority: "medium" }, // 11.1.1
  { indicator: "sdg-16-1-3-by-status", priority: "medium" },
  { indicator: "social-birth-registration", priority: "medium" }, // 16.9.1
];

/** Needs presets: ready-made lists of needed indicators. */
export const presets: PresetInput[] = [
  {
    id: "migration-profile-core",
    name: "Migration Profile core",
    description:
      "Every core indicator of a national Migration Profile, organised by the IOM 2011 template (Parts A–C and key statistics). Trends (Part A) and remittances and diaspora (B.2) are high priority, the rest medium. A seed set assembled from the template and the GMG common set, not an official IOM list.",
    status: "derived",
    items: coreItems,
  },
  {
    id: "sdg-migration",
    name: "SDG migration indicators",
    description:
      "The SDG global indicators that concern migration directly (targets 10.7, 10.c and 8.8) or that the Migration Data Portal links to migration (remittance volume, child labour, trafficking, scholarships, census recency).",
    status: "official",
    items: sdgMigrationItems,
  },
  {
    id: "sdg-disaggregation-migratory-status",
    name: "SDG disaggregation by migratory status",
    description:
      "SDG indicators proposed for disaggregation by migratory status, built from the candidate list of the 2017 UN Expert Group Meeting on improving migration data (ESA/STAT/AC.339/1). The exact list of 24 indicators could not be retrieved: this reconstruction is NOT verified and must be checked against the official paper before it is treated as authoritative.",
    status: "candidate",
    items: sdgDisaggregationItems,
  },
];
