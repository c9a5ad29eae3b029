/** Runs table detection sheet by sheet, yielding to the UI between sheets so progress shows. */
import { getCatalogueIndex } from "@gapmap/catalog";
import {
  cellAt,
  detectTables,
  rangeFromA1,
  toScanTable,
  type CellValue,
  type Grid,
  type ScanTable,
} from "@gapmap/core";

export interface FoundTable {
  /** Unique within one scan: sheet and range. */
  key: string;
  sheet: string;
  table: ScanTable;
  /** The table's top-left cells, for a preview (at most PREVIEW_ROWS × PREVIEW_COLUMNS). */
  preview: CellValue[][];
}

export type SheetStatus = "waiting" | "detecting" | "done";

/** Enough of a table to recognise it; the full table is a click away in Excel. */
export const PREVIEW_ROWS = 6;
export const PREVIEW_COLUMNS = 5;

/** The user stopped the scan; not an error to show. */
export class ScanCancelled extends Error {
  override readonly name = "ScanCancelled";
  constructor() {
    super("The scan was cancelled.");
  }
}

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

export async function scanSheets(
  sheets: readonly Grid[],
  onSheet: (sheet: string, status: SheetStatus) => void,
  signal?: AbortSignal,
): Promise<FoundTable[]> {
  const found: FoundTable[] = [];
  for (const grid of sheets) {
    onSheet(grid.name, "detecting");
    await nextFrame();
    if (signal?.aborted === true) throw new ScanCancelled();
    for (const detected of detectTables(grid, { index: getCatalogueIndex() })) {
      const table = toScanTable(detected);
      found.push({
        key: `${grid.name}!${table.range}`,
        sheet: grid.name,
        table,
        preview: previewOf(grid, table.range),
      });
    }
    onSheet(grid.name, "done");
  }
  return found;
}

/** The best indicator guess's score as a whole percentage, or 0 without a guess. */
export function confidencePercent(table: ScanTable): number {
  const best = table.indicators.reduce((max, i) => Math.max(max, i.score), 0);
  return Math.round(best * 100);
}

/** What a person calls the table: its title, else its first non-empty cell, else its place. */
export function tableTitle(found: FoundTable): string {
  if (found.table.title !== null && found.table.title.trim() !== "") return found.table.title;
  const first = found.preview.flat().find((v) => v !== null && String(v).trim() !== "");
  return first === undefined ? `${found.sheet}!${found.table.range}` : String(first);
}
