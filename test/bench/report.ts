/**
 * Benchmark of `gapmap report`'s work: the data-gap report (.docx, three charts drawn by resvg)
 * for 5,000 generated source records against the Migration Profile core needs. Target: under
 * 2 s from inventory to bytes. Timed after one warm-up run, as a task pane would be.
 */
import { actions, getCatalogue } from "@gapmap/catalog";
import { rasterisePng } from "@gapmap/cli";
import { assessmentToDocx, buildAssessment, profileFromPreset } from "@gapmap/core";
import { generatedInventory } from "./generated-inventory";

const RECORDS = 5_000;
const RUNS = 3;
const catalogue = getCatalogue();
const inventory = generatedInventory(catalogue, RECORDS);
const profile = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2024 });

async function once(): Promise<{ assess: number; docx: number; bytes: number }> {
  const t0 = performance.now();
  const assessment = buildAssessment(catalogue, profile, inventory, { actions });
  const t1 = performance.now();
  const bytes = await assessmentToDocx(assessment, inventory, {
    catalogue,
    lang: "en",
    paper: "a4",
    rasterise: rasterisePng,
  });
  return { assess: t1 - t0, docx: performance.now() - t1, bytes: bytes.length };
}

const cold = await once();
console.log(
  `first run (cold): assessment ${cold.assess.toFixed(0)} ms + report ${cold.docx.toFixed(0)} ms`,
);
const runs = [];
for (let i = 0; i < RUNS; i += 1) runs.push(await once());
const totals = runs.map((r) => r.assess + r.docx).sort((a, b) => a - b);
const median = runs.find((r) => r.assess + r.docx === totals[Math.floor(RUNS / 2)]) ?? cold;
console.log(
  `${RECORDS.toLocaleString("en")} records, report of ${(median.bytes / 1024).toFixed(0)} KB: median ${(median.assess + median.docx).toFixed(0)} ms (assessment ${median.assess.toFixed(0)} + report ${median.docx.toFixed(0)}) over ${RUNS} runs (target < 2000 ms)`,
);
