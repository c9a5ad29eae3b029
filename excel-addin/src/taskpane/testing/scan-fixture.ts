/** A real workbook, read and scanned as the task pane does, for model and component tests. */
import { getCatalogue } from "@gapmap/catalog";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Grid } from "@gapmap/core";
import { readWorkbookBytes } from "@gapmap/core/readers";
import type { FoundTable } from "../model/found-table";
import { scanSheets } from "../model/scan-sheets";

/**
 * /work/shared/fixtures/real, found from this file's path as a string: under happy-dom the global
 * URL is happy-dom's, which Node's fileURLToPath rejects, so test/fixtures' helper cannot be used.
 */
export const REAL_FIXTURES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../../shared/fixtures/real",
);

export const SCAN_FIXTURE = "eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx";

export async function fixtureGrids(name = SCAN_FIXTURE): Promise<Grid[]> {
  const result = readWorkbookBytes(await readFile(join(REAL_FIXTURES_DIR, name)), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.sheets;
}

export async function scannedFixture(name = SCAN_FIXTURE): Promise<FoundTable[]> {
  return scanSheets(await fixtureGrids(name), () => {});
}

export const catalogue = getCatalogue();
