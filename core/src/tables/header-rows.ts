/**
 * Finds the header rows above a data body: walks up from the body while rows look like header
 * bands (several cells, a group label over some columns, a row of years or column numbers, a
 * blank row inside a merged band) and stops at a blank gap, a title or a note.
 */
import type { RowProfile } from "./row-profile";
import type { SheetView } from "./sheet-view";
import { MAX_SECTION_LABEL_CHARS } from "./table-periods";

/** Headers deeper than this are not headers (the Russian 2-RD form has seven rows). */
export const MAX_HEADER_ROWS = 8;
/** A single cell longer than this is a title or a note, not a header band. */
export const MAX_BAND_LABEL_CHARS = 90;
/** Words over the value columns that make a row with numbers a header band all the same. */
export const MIN_HEADER_WORDS_OVER_VALUES = 1;

export interface ColumnSpan {
  left: number;
  right: number;
}

/** True when a merged area that starts above row r reaches into it within the span. */
function continuesMergeFromAbove(view: SheetView, r: number, span: ColumnSpan): boolean {
  for (let c = span.left; c <= span.right; c++) {
    const m = view.mergeAt(r, c);
    if (m && m.s.r < r) return true;
  }
  return false;
}

function isTitleOrNote(view: SheetView, row: RowProfile, r: number, span: ColumnSpan): boolean {
  const inSpan = row.filled.filter((c) => c >= span.left && c <= span.right);
  if (inSpan.length === 0) return true;
  if (inSpan.length > 1) return false;
  const c = inSpan[0] ?? 0;
  const text = view.text(r, c);
  if (text.length > MAX_BAND_LABEL_CHARS) return true;
  // A lone cell in the first column is a title, a source line or a unit note...
  if (c <= span.left) {
    // ...unless it is the label column's own header and the band to its right is merged.
    return !continuesMergeFromAbove(view, r + 1, span);
  }
  // A lone cell merged across (nearly) the whole table is a title too.
  const m = view.mergeAt(r, c);
  return m !== undefined && m.s.c <= span.left && m.e.c >= span.right;
}

/**
 * "Country or territory | GDP (PPP) | 1000 | 1000 | km2" over "of asylum | per capita |
 * inhabitants": numbers in a header band (rates' bases) mixed with words over the value
 * columns. Data rows hold no words beside their labels.
 */
function isHeaderBandWithNumbers(
  view: SheetView,
  row: RowProfile,
  r: number,
  span: ColumnSpan,
): boolean {
  let wordsOverValues = 0;
  const kinds = view.rowKinds(r);
  for (const c of row.filled) {
    if (c > span.left && c <= span.right && kinds[c] === "text") wordsOverValues++;
  }
  return wordsOverValues >= MIN_HEADER_WORDS_OVER_VALUES;
}

/** Cells over this many value columns make a row above a blank gap the body's header band. */
export const MIN_BAND_CELLS_OVER_GAP = 3;

/**
 * "губ | прибытие 1896-1910 | прибытие 1911-1915 | …", then an empty row, then the body: a band
 * of labels over the value columns, kept apart from the data by one blank row, is its header.
 * A title or a note has one cell; a band names most columns.
 */
function isBandOverValues(row: RowProfile | undefined, span: ColumnSpan): boolean {
  if (!row || (row.type !== "text" && row.type !== "numeric-header")) return false;
  const overValues = row.filled.filter((c) => c > span.left && c <= span.right).length;
  return overValues >= MIN_BAND_CELLS_OVER_GAP;
}

/** Header rows (top to bottom) directly above `bodyTop`. */
export function findHeaderRows(
  view: SheetView,
  rows: readonly RowProfile[],
  bodyTop: number,
  span: ColumnSpan,
  ceiling = 0,
): number[] {
  const header: number[] = [];
  for (let r = bodyTop - 1; r >= ceiling && header.length < MAX_HEADER_ROWS; r--) {
    const row = rows[r];
    if (!row) break;
    if (row.type === "data") {
      if (header.length > 0 && isHeaderBandWithNumbers(view, row, r, span)) {
        header.unshift(r);
        continue;
      }
      break;
    }
    if (row.type === "blank") {
      if (header.length > 0 && continuesMergeFromAbove(view, r, span)) {
        header.unshift(r);
        continue;
      }
      if (header.length === 0 && r === bodyTop - 1 && isBandOverValues(rows[r - 1], span)) continue;
      break;
    }
    // "CITIZEN (Labels)" alone right above the body, under a header band, labels the rows; a
    // sentence there is the title of a table stacked under another.
    const labelsRowHeader =
      header.length === 0 &&
      row.filled.length === 1 &&
      (rows[r - 1]?.filled.length ?? 0) >= 2 &&
      view.text(r, row.filled[0] ?? 0).length <= MAX_SECTION_LABEL_CHARS;
    if (row.type === "text" && !labelsRowHeader && isTitleOrNote(view, row, r, span)) break;
    header.unshift(r);
  }
  // A blank row kept for a merge must not be the top row.
  while (header.length > 0 && rows[header[0] ?? -1]?.type === "blank") header.shift();
  return header;
}
