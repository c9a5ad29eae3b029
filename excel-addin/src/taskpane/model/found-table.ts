/**
 * A table a scan found, and what the pane says about it. Kept apart from the scan itself (which
 * needs the catalogue) so the first screen loads without the engine.
 */
import type { CellValue, ScanTable } from "@gapmap/core";

export interface FoundTable {
  /** Unique within one scan: sheet and range. */
  key: string;
  sheet: string;
  table: ScanTable;
  /** The table's top-left cells, for a preview (at most PREVIEW_ROWS × PREVIEW_COLUMNS). */
  preview: CellValue[][];
  /** Who the file says made it (its Company property): the first guess for the producer. */
  fileProducer?: string;
}

export type SheetStatus = "waiting" | "detecting" | "done";

/** The user stopped the scan; not an error to show. */
export class ScanCancelled extends Error {
  override readonly name = "ScanCancelled";
  constructor() {
    super("The scan was cancelled.");
  }
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
