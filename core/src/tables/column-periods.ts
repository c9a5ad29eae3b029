/**
 * Periods named by column headers. A month often sits under a year band ("2013" → "January" →
 * "Inflow"), so a column's month pairs with the year named higher up in the same column.
 */
import type { ColumnHeader } from "./header-labels";
import {
  isModernYear,
  isShortSpan,
  parsePeriods,
  type ParseOptions,
  type Period,
} from "./period-parse";
import type { SheetView } from "./sheet-view";

/**
 * The periods one column's header parts name together. The lowest part naming a period is the
 * column's own: "2018" under "Actualización 2022" (the edition of the estimate) is 2018.
 */
export function periodsOfHeaderParts(
  parts: readonly (string | number)[],
  options: ParseOptions = {},
): Period[] {
  let periods: Period[] = [];
  let monthOnly: number | undefined;
  for (const part of parts) {
    const parsed = parsePeriods(part, options);
    if (parsed.periods.length > 0) periods = parsed.periods;
    if (parsed.monthOnly !== undefined) monthOnly = parsed.monthOnly;
  }
  if (monthOnly === undefined) return periods;
  const years = periods.filter((p) => p.month === undefined && p.quarter === undefined);
  const year = years.at(-1)?.year;
  return year === undefined
    ? periods
    : [...periods.filter((p) => !years.includes(p)), { year, month: monthOnly }];
}

/**
 * How to read the labels of one set (a table's column headers, a time column): "2005-10" is the
 * years 2005–2010 among "2000-05 | 2010-15", whose ends no month could be.
 */
export function parseOptionsOf(labels: Iterable<string | number>): ParseOptions {
  for (const l of labels) if (isShortSpan(l)) return { shortSpans: true };
  return {};
}

/** A stable key for counting distinct periods. */
export function periodKey(p: Period): string {
  return `${p.year}-${p.quarter === undefined ? "" : `Q${p.quarter}`}-${p.month ?? ""}`;
}

/**
 * The periods of a table's value columns with data, and of its empty columns among them: a year
 * band's columns without data yet ("2022" of a World Bank export) are holes of its span.
 */
export function periodsOfColumnHeaders(
  headers: readonly ColumnHeader[],
  valueColumns: ReadonlySet<number>,
  hasData: (c: number) => boolean,
  emptyColumns: ReadonlySet<number>,
): Period[] {
  const out: Period[] = [];
  const textsOf = (h: ColumnHeader) => h.parts.map((p) => p.text);
  const options = parseOptionsOf(headers.flatMap(textsOf));
  for (const h of headers) {
    if (!valueColumns.has(h.column) || !hasData(h.column)) continue;
    out.push(...periodsOfHeaderParts(textsOf(h), options));
  }
  if (out.length === 0) return out;
  for (const h of headers)
    if (emptyColumns.has(h.column)) out.push(...periodsOfHeaderParts(textsOf(h), options));
  return out;
}

const YEAR_TEXT_RE = /^\d{4}$/;
const isYearText = (text: string) => YEAR_TEXT_RE.test(text) && isModernYear(Number(text));

/**
 * The last column of a table whose header row goes on naming years past its last column of data
 * ("… | 2021 | 2022" with nothing under 2022): the band is the table's, empty or not.
 */
export function lastYearHeaderColumn(
  view: SheetView,
  headerRows: readonly number[],
  right: number,
): number {
  const r = headerRows.at(-1);
  if (r === undefined || !isYearText(view.text(r, right))) return right;
  let c = right;
  while (isYearText(view.text(r, c + 1))) c++;
  return c;
}
