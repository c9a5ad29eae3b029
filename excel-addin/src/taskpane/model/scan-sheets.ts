/**
 * Runs table detection sheet by sheet, yielding to the UI between sheets so progress shows, then
 * reads the tables with their workbook as `gapmap scan` does: notes sheets as evidence, and a
 * consensus of the named tables given, as a guess, to tables that name nothing.
 */
import { getCatalogueIndex } from "@gapmap/catalog";
import { ScanCancelled, type FoundTable, type SheetStatus } from "./found-table";
import {
  cellAt,
  detectTables,
  rangeFromA1,
  withWorkbookContext,
  toScanTable,
  type CellValue,
  type DetectedTable,
  type Grid,
} from "@gapmap/core";

/** Enough of a table to recognise it; the full table is a click away in Excel. */
export const PREVIEW_ROWS = 6;
export const PREVIEW_COLUMNS = 5;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function previewOf(grid: Grid, range: string): CellValue[][] {
  const area = rangeFromA1(range);
  if (area === undefined) return [];
  const rows: CellValue[][] = [];
  const lastRow = Math.min(area.e.r, area.s.r + PREVIEW_ROWS - 1);
  const lastColumn = Math.min(area.e.c, area.s.c + PREVIEW_COLUMNS - 1);
  for (let r = area.s.r; r <= lastRow; r++) {
    const row: CellValue[] = [];
    for (let c = area.s.c; c <= lastColumn; c++) row.push(cellAt(grid, r, c));
    rows.push(row);
  }
  return rows;
}

/**
 * `fileName`, the workbook's name, is evidence like a sheet name ("asylum_applications.xlsx"
 * whose sheet is "Data"), as `gapmap scan` uses it.
 */
export async function scanSheets(
  sheets: readonly Grid[],
  onSheet: (sheet: string, status: SheetStatus) => void,
  signal?: AbortSignal,
  fileName?: string,
): Promise<FoundTable[]> {
  const options = {
    index: getCatalogueIndex(),
    ...(fileName === undefined ? {} : { fileName }),
  };
  const bySheet: DetectedTable[][] = [];
  for (const grid of sheets) {
    onSheet(grid.name, "detecting");
    await nextFrame();
    if (signal?.aborted === true) throw new ScanCancelled();
    bySheet.push(detectTables(grid, options));
    onSheet(grid.name, "done");
  }
  await nextFrame();
  if (signal?.aborted === true) throw new ScanCancelled();
  return withWorkbookContext(sheets, bySheet, options).flatMap((tables, i) => {
    const grid = sheets[i] as Grid;
    return tables.map((detected) => {
      const table = toScanTable(detected);
      return {
        key: `${grid.name}!${table.range}`,
        sheet: grid.name,
        table,
        preview: previewOf(grid, table.range),
      };
    });
  });
}
