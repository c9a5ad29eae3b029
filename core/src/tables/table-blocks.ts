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
  if (row.type === "blank" || isPeriodRowWithoutValue(row, lastData)) return true;
  if (row.type !== "text") return false;
  return (
    row.filled.length <= 1 ||
    isRowWithoutValues(row, lastData) ||
    (lastData.firstNumber > 0 && row.last < lastData.firstNumber)
  );
}

/**
 * Labels in the data's label columns with every value cell empty ("Afghanistan | Afghanistan |
 * Asylum-seekers |" in a long export): a row of the body, however many follow each other. The
 * first label may be empty too: World Bank aggregates ("| AFE | Unemployment … |") have a code
 * but no name, and must not split the table.
 */
function isRowWithoutValues(row: RowProfile, lastData: RowProfile): boolean {
  return (
    row.type === "text" &&
    row.filled.length >= 2 &&
    lastData.firstValue > 0 &&
    row.first >= lastData.first &&
    row.last < lastData.firstValue
  );
}

/**
 * "2011 | Migrant rights |" or "2011 | |" in a long table whose rows start with their year: a
 * year and labels with the value left empty (years without data listed all the same) — a row of
 * the body like a row of labels without values.
 */
function isPeriodRowWithoutValue(row: RowProfile, lastData: RowProfile): boolean {
  return (
    row.type !== "data" &&
    row.type !== "blank" &&
    lastData.firstNumberIsYear &&
    row.firstNumberIsYear &&
    row.numbers === 1 &&
    row.missing === 0 &&
    row.first === lastData.first &&
    row.firstNumber === lastData.firstNumber &&
    row.last < lastData.last
  );
}

/**
 * "Sweden | 1902" between "Norway | 2383" and "Switzerland | 641": a value that looks like a
 * year in a row laid out exactly like the data row above is data, not a header. With more
 * values only when the row above starts with a year too (a long-format year column: "Hombres |
 * 2021 | 1993"); "Region | 2019 | 2020" under "Total | 5 | 6" is the next table's header.
 */
function isShapedLikeData(row: RowProfile, lastData: RowProfile | undefined): boolean {
  return (
    lastData !== undefined &&
    row.type === "numeric-header" &&
    row.numbers === lastData.numbers &&
    (row.numbers === 1 || lastData.firstNumberIsYear) &&
    row.filled.length === lastData.filled.length &&
    row.filled.every((c, i) => c === lastData.filled[i])
  );
}

/**
 * A row of labels in the data's label columns followed by few values ("American Samoa | ASM |
 * … | 12.1" among full rows): too few numbers to count as data on its own, but data all the same.
 */
function isSparseDataRow(row: RowProfile, lastData: RowProfile | undefined): boolean {
  return (
    lastData !== undefined &&
    row.type === "text" &&
    row.numbers + row.missing >= 1 &&
    row.lastText < row.firstValue &&
    row.first >= lastData.first &&
    row.lastText <= lastData.lastText
  );
}

/** A data row, or a row that reads as one beside the data row above. */
function continuesBody(row: RowProfile | undefined, lastData: RowProfile | undefined): boolean {
  return (
    row !== undefined &&
    (row.type === "data" || isShapedLikeData(row, lastData) || isSparseDataRow(row, lastData))
  );
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
      if (continuesBody(row, rows[bottom])) {
        bottom = i;
        i++;
        continue;
      }
      // Look past a short interruption for more data.
      let j = i;
      let gap = 0;
      const lastData = rows[bottom];
      while (
        j < rows.length &&
        gap < MAX_BODY_GAP_ROWS &&
        rows[j] &&
        lastData &&
        isBodyInterruption(rows[j] as RowProfile, lastData)
      ) {
        const skipped = rows[j] as RowProfile;
        if (!isRowWithoutValues(skipped, lastData) && !isPeriodRowWithoutValue(skipped, lastData))
          gap++;
        j++;
      }
      if (j > i && continuesBody(rows[j], lastData)) {
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
