/**
 * Composes each column's header from its header rows: merged areas spread their label over
 * the columns they cover, a band label without a merge carries to the right over the columns
 * below it, and words split across rows ("recog-" / "nition", "Country/" / "territory") are
 * joined back.
 */
import type { SheetView } from "./sheet-view";
import type { ColumnSpan } from "./header-rows";

export interface HeaderPart {
  row: number;
  text: string;
}

export interface ColumnHeader {
  column: number;
  /** Labels from top to bottom, without repeats of one merged cell. */
  parts: HeaderPart[];
  /** The parts joined into one label. */
  label: string;
}

// «зарегистри-ровано»: a word hyphenated inside a cell (Cyrillic, where compounds are rare).
const CYRILLIC_SOFT_BREAK_RE = /([а-яё])-\s*([а-яё])/gu;
const LINE_BREAK_RE = /\s*\n\s*/g;

const SPACE = 0x20;
const FIRST_VISIBLE_ASCII = 0x21;
const LAST_VISIBLE_ASCII = 0x7e;

/**
 * True for visible ASCII with single inner spaces ("2019", "Country of origin"): no line
 * break, no Cyrillic, nothing to trim or squeeze, so cleaning would return it unchanged.
 */
function isAlreadyClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === SPACE) return false;
    } else if (ch < FIRST_VISIBLE_ASCII || ch > LAST_VISIBLE_ASCII) return false;
  }
  return true;
}

/** A header cell's text with in-cell line breaks and word splits undone. */
export function cleanHeaderText(text: string): string {
  if (isAlreadyClean(text)) return text;
  return text
    .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, "$1$2")
    .replace(LINE_BREAK_RE, " ")
    .replace(CYRILLIC_SOFT_BREAK_RE, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** Joins labels stacked in rows, undoing splits: "recog-" + "nition", "Country/" + "territory". */
export function joinHeaderParts(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) {
    if (out === "") out = part;
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(part)) out = out.slice(0, -1) + part;
    else if (/[-/]$/.test(out)) out += part;
    else out += " " + part;
  }
  return out;
}

function rawHeaderCell(view: SheetView, r: number, c: number): string {
  const own = view.text(r, c);
  if (own !== "") return own;
  const m = view.mergeAt(r, c);
  return m ? view.text(m.s.r, m.s.c) : "";
}

/**
 * Header labels of every column in the span. `fillColumns` are the columns over which a band
 * label without a merge may carry to the right (the value columns).
 */
export function composeColumnHeaders(
  view: SheetView,
  headerRows: readonly number[],
  span: ColumnSpan,
  fillColumns: ReadonlySet<number>,
): ColumnHeader[] {
  const grid: string[][] = headerRows.map((r, level) => {
    const texts: string[] = [];
    let carried = "";
    for (let c = span.left; c <= span.right; c++) {
      let t = rawHeaderCell(view, r, c);
      const isLeaf = level === headerRows.length - 1;
      if (t === "" && !isLeaf && fillColumns.has(c) && fillColumns.has(c - 1)) t = carried;
      carried = fillColumns.has(c) ? t : "";
      texts.push(cleanHeaderText(t));
    }
    return texts;
  });
  const headers: ColumnHeader[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const parts: HeaderPart[] = [];
    headerRows.forEach((r, level) => {
      const text = grid[level]?.[c - span.left] ?? "";
      if (text !== "" && parts.at(-1)?.text !== text) parts.push({ row: r, text });
    });
    headers.push({ column: c, parts, label: joinHeaderParts(parts.map((p) => p.text)) });
  }
  return headers;
}
