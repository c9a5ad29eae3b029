/**
 * The bundled sample data (samples/: five ministry workbooks and the TWG's inventory.csv),
 * assessed as `npm start` does, through the task pane's own model: every table's best guess
 * accepted, the inventory merged in, the Migration Profile core needs, reference year 2024.
 */
import type { Assessment, Grid } from "@gapmap/core";
import { readWorkbookBytes } from "@gapmap/core/readers";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EMPTY_CHOICE } from "../model/empty-choice";
import { parseInventoryFile } from "../model/import-inventory";
import { mergeWithImports } from "../model/merge-imports";
import { buildProfile } from "../model/needs-edits";
import { acceptedRecords, decide, initialReview, inventoryOf } from "../model/review";
import { runAssessment } from "../model/run-assessment";
import { scanSheets } from "../model/scan-sheets";
import { catalogue } from "./scan-fixture";

/** Found from this file's path as a string, as in scan-fixture.ts (happy-dom's URL). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../../samples");
export const SAMPLE_PRESET = "migration-profile-core";
export const SAMPLE_YEAR = 2024;
/** The sample workbook with the most tables (five sheets, 2019–2023). */
export const SAMPLE_WORKBOOK = "ministry-of-interior-migration-2019-2023.xlsx";

export async function sampleGrids(file = SAMPLE_WORKBOOK): Promise<Grid[]> {
  const result = readWorkbookBytes(await readFile(join(SAMPLES_DIR, "workbooks", file)), file);
  if (!result.ok) throw new Error(result.error.message);
  return result.sheets;
}

export async function assessSampleData(): Promise<Assessment> {
  const files = (await readdir(join(SAMPLES_DIR, "workbooks")))
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const records = [];
  for (const file of files) {
    const found = await scanSheets(await sampleGrids(file), () => {});
    const reviews = new Map(
      found.map((f) => [f.key, decide(initialReview(f, catalogue), "accepted")]),
    );
    records.push(...acceptedRecords(file, found, reviews));
  }
  const csv = await readFile(join(SAMPLES_DIR, "inventory.csv"));
  const imported = await parseInventoryFile("inventory.csv", new Uint8Array(csv));
  const { inventory } = mergeWithImports(inventoryOf(records), [
    { owner: "inventory.csv", inventory: imported },
  ]);
  const profile = buildProfile(catalogue, {
    ...EMPTY_CHOICE,
    presetId: SAMPLE_PRESET,
    referenceYear: SAMPLE_YEAR,
  });
  return runAssessment(catalogue, profile, inventory);
}
