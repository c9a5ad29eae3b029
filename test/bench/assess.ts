/**
 * Benchmark of the gap analysis: an inventory of 5,000 generated source records assessed
 * against every needs preset. Target: under 1 s for all presets together.
 */
import { actions, getCatalogue } from "@gapmap/catalog";
import {
  DIMENSION_KINDS,
  INVENTORY_SCHEMA_VERSION,
  buildAssessment,
  inventorySchema,
  profileFromPreset,
  type SourceRecordInput,
} from "@gapmap/core";

const RECORDS = 5_000;
const catalogue = getCatalogue();
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const records: SourceRecordInput[] = Array.from({ length: RECORDS }, (_, i) => {
  const indicator = pick(catalogue.indicators);
  const first = 1995 + Math.floor(random() * 25);
  return {
    id: `r${i}`,
    indicators: [indicator.id],
    location: {
      kind: "workbook",
      file: `ministry-${i % 40}.xlsx`,
      sheet: `T${i % 30}`,
      range: "A5:F40",
    },
    producer: `Agency ${i % 25}`,
    sourceType: pick(indicator.sourceTypes),
    years: Array.from({ length: 1 + Math.floor(random() * 10) }, (_, k) => first + k),
    periodicity: pick(["annual", "quarterly", "monthly", "multi-year"] as const),
    breakdowns: DIMENSION_KINDS.filter(() => random() < 0.3).map((kind) => ({ kind })),
    geography: pick(["national", "admin-1", "admin-2"] as const),
    access: pick(["public", "on-request", "restricted"] as const),
    quality: random() < 0.2 ? ["estimate"] : [],
    origin: "scan",
  };
});
const inventory = inventorySchema.parse({ schemaVersion: INVENTORY_SCHEMA_VERSION, records });

// Warm up the catalogue and the code paths once, as a long-running task pane would be.
buildAssessment(
  catalogue,
  profileFromPreset(catalogue, "sdg-migration", { referenceYear: 2024 }),
  inventory,
  { actions },
);

const t0 = performance.now();
for (const preset of catalogue.presets) {
  const t = performance.now();
  const profile = profileFromPreset(catalogue, preset.id, { referenceYear: 2024 });
  const a = buildAssessment(catalogue, profile, inventory, { actions });
  console.log(
    `${preset.id.padEnd(38)} ${a.rows.length} indicators, ${a.summary.actionCount} actions: ${(performance.now() - t).toFixed(0)} ms`,
  );
}
console.log(
  `all presets, ${RECORDS.toLocaleString("en")} records: ${(performance.now() - t0).toFixed(0)} ms (target < 1000 ms)`,
);
