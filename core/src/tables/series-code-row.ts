/**
 * "Dataset identifier code | MGTM | JF6F | JF6G …" under the column labels of a statistics
 * office's table (ONS series IDs): a header row of codes for machines. It belongs to the header,
 * but no column is named by it: "Non UK", not "Non UK JF6G", is what a column counts.
 */
import type { ColumnSpan } from "./header-rows";
import type { SheetView } from "./sheet-view";

const CODE_ROW_LABEL_RE =
  /\b(identifier|identifiers|ids?|codes?|cdids?|series id|código|códigos|identifiant|код|коды)\b/iu;
/** A code has no space and is this short at most. */
const MAX_CODE_CHARS = 12;
/** Codes over the value columns a code row holds at least. */
const MIN_CODES = 2;

/** Whether header row r is a row of series codes named so by its first cell. */
export function isSeriesCodeRow(view: SheetView, r: number, span: ColumnSpan): boolean {
  let label = "";
  let codes = 0;
  for (let c = span.left; c <= span.right; c++) {
    const text = view.text(r, c).trim();
    if (text === "") continue;
    if (label === "") {
      label = text;
      continue;
    }
    if (text.length > MAX_CODE_CHARS || /\s/u.test(text)) return false;
    codes++;
  }
  return codes >= MIN_CODES && CODE_ROW_LABEL_RE.test(label);
}
