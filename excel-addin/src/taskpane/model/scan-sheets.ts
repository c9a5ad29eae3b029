/** Runs table detection sheet by sheet, yielding to the UI between sheets so progress shows. */
import { getCatalogueIndex } from "@gapmap/catalog";
import { detectTables, toScanTable, type Grid, type ScanTable } from "@gapmap/core";

export interface FoundTable {
  /** Unique within one scan: sheet and range. */
  key: string;
  sheet: string;
  table: ScanTable;
}

export type SheetStatus = "waiting" | "detecting" | "done";

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function scanSheets(
  sheets: readonly Grid[],
  onSheet: (sheet: string, status: SheetStatus) => void,
): Promise<FoundTable[]> {
  const found: FoundTable[] = [];
  for (const grid of sheets) {
    onSheet(grid.name, "detecting");
    await nextFrame();
    for (const detected of detectTables(grid, { index: getCatalogueIndex() })) {
      const table = toScanTable(detected);
      found.push({ key: `${grid.name}!${table.range}`, sheet: grid.name, table });
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
