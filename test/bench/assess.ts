/**
 * Benchmark of the gap analysis: an inventory of 5,000 generated source records assessed
 * against every needs preset. Target: under 1 s for all presets together.
 */
import { actions, getCatalogue } from "@gapmap/catalog";
import { buildAssessment, profileFromPreset } from "@gapmap/core";
import { generatedInventory } from "./generated-inventory";

const RECORDS = 5_000;
const catalogue = getCatalogue();
const inventory = generatedInventory(catalogue, RECORDS);

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
