/**
 * Finds the data bodies on a sheet: runs of data rows. A run survives short interruptions —
 * a blank row, a section label such as "Africa" — but two or more text rows spread over several
 * columns start a new table (its header), and so does a long gap.
 */
import type { RowProfile } from "./row-profile";

export interface BodyBlock {
  /** First and last data row (inclusive). */
  top: number;
  bottom: number;
}

/** Rows of non-data that a body may contain and still be one table. */
export const MAX_BODY_GAP_ROWS = 3;
/** A body shorter than this is not a table (a stray number in a note). */
export const MIN_BODY_ROWS = 2;

/**
 * A row that may sit inside a body: blank, a section label in a single cell, or a row whose
 * labels are there but whose values are all empty ("Not classified" with no data).
 */
function isBodyInterruption(row: RowProfile, lastData: RowProfile): boolean {
  if (row.type === "blank") return true;
  if (row.type !== "text") return false;
  return row.filled.length <= 1 || (lastData.firstNumber > 0 && row.last < lastData.firstNumber);
}

export function findBodyBlocks(rows: readonly RowProfile[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let r = 0;
  while (r < rows.length) {
    if (rows[r]?.type !== "data") {
      r++;
      continue;
    }
    const top = r;
    let bottom = r;
    let i = r + 1;
    while (i < rows.length) {
      const row = rows[i];
      if (row?.type === "data") {
        bottom = i;
        i++;
        continue;
      }
      // Look past a short interruption for more data.
      let j = i;
      const lastData = rows[bottom];
      while (
        j < rows.length &&
        j - i < MAX_BODY_GAP_ROWS &&
        rows[j] &&
        lastData &&
        isBodyInterruption(rows[j] as RowProfile, lastData)
      )
        j++;
      if (j > i && rows[j]?.type === "data") {
        i = j;
        continue;
      }
      break;
    }
    if (bottom - top + 1 >= MIN_BODY_ROWS) blocks.push({ top, bottom });
    r = bottom + 1;
  }
  return blocks;
}
