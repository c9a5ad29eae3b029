/**
 * Merged areas of large sheets. `Range.getMergedAreasOrNullObject` fails when the range holds
 * more than 512 merged areas [@types/office-js, Range remarks], so one heavily merged report
 * sheet would abort a whole scan. Normally the merges of every sheet ride along with the first
 * block sync; when that fails, this reads them sheet by sheet, halving a sheet's rows until each
 * part is under the limit.
 */
import type { CellRange } from "@gapmap/core";
import { parseAreasAddress } from "./merged-areas";

export interface MergeTarget {
  worksheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Part {
  top: number;
  rows: number;
}

/** A part Excel still refuses at one row is given up on: those cells read as unmerged. */
async function readPart(
  context: Excel.RequestContext,
  target: MergeTarget,
  part: Part,
): Promise<CellRange[]> {
  const areas = target.worksheet
    .getRangeByIndexes(part.top, target.columnIndex, part.rows, target.columnCount)
    .getMergedAreasOrNullObject();
  areas.load("address");
  try {
    await context.sync();
  } catch {
    // The limit's error code is not documented: any failure here is treated as it.
    if (part.rows < 2) return [];
    const half = Math.ceil(part.rows / 2);
    return [
      ...(await readPart(context, target, { top: part.top, rows: half })),
      ...(await readPart(context, target, { top: part.top + half, rows: part.rows - half })),
    ];
  }
  return areas.isNullObject ? [] : parseAreasAddress(areas.address);
}

/** Merges crossing a split come back from both halves: keep each area once. */
function unique(ranges: readonly CellRange[]): CellRange[] {
  const seen = new Map<string, CellRange>();
  for (const range of ranges)
    seen.set(`${range.s.r},${range.s.c},${range.e.r},${range.e.c}`, range);
  return [...seen.values()];
}

/** One sync per sheet (more for sheets over the limit): the fallback, not the usual path. */
export async function readMergesSplitting(
  context: Excel.RequestContext,
  targets: readonly MergeTarget[],
): Promise<CellRange[][]> {
  const merges: CellRange[][] = [];
  for (const target of targets) {
    if (target.rowCount === 0) {
      merges.push([]);
      continue;
    }
    const whole = { top: target.rowIndex, rows: target.rowCount };
    merges.push(unique(await readPart(context, target, whole)));
  }
  return merges;
}
