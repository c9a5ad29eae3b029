/**
 * What each column of a table body holds: row labels (text), values (numbers and missing
 * codes), flags (Eurostat's value/flag pairs: short letters or nothing beside each value),
 * auxiliary codes (sort order, location code, notes), or nothing.
 */
import { normalizeText } from "../text/normalize";
import { cellNumber } from "./cell-values";
import { isHistoricalYear, isModernYear } from "./period-parse";
import { wordPattern } from "./word-pattern";
import type { SheetView } from "./sheet-view";

export type ColumnRole = "label" | "value" | "flag" | "aux" | "empty";

export interface ColumnProfile {
  column: number;
  role: ColumnRole;
  numbers: number;
  missing: number;
  texts: number;
  empty: number;
  distinctTexts: number;
  meanTextLength: number;
}

/** A label column has at least this share of text among its non-empty cells. */
export const LABEL_COLUMN_MIN_TEXT_SHARE = 0.6;
/** Flags are one or two letters (Eurostat: b, e, p, u, c, z, :). */
const FLAG_RE = /^(?:[a-z]{1,2}|:|[a-z] ?[a-z])$/;
/** The longest text FLAG_RE can match ("b e"): longer labels skip the regex. */
const MAX_FLAG_CHARS = 3;
// Headers of columns that hold codes or notes rather than values.
const AUX_HEADER_RE = wordPattern([
  "code~",
  "codigo~",
  "код~",
  "iso",
  "sort order",
  "sort",
  "notes?",
  "type of data",
  "tipo de dato~",
  "order",
  "orden",
]);

/**
 * A column of whole years labels rows by time: distinct ones ("End-year" 1997, 1998…), or in a
 * long-format table the same years repeated down the rows, under a time header ("Periodo",
 * "año", where one year will do) or at least twice each.
 */
function isYearColumn(values: readonly number[], timeHeader: boolean): boolean {
  if (
    values.length < 2 ||
    // The cheap test first: value columns fail it at their first non-year. Years of the 1800s
    // ("Year | 1892 | 1893 …", a historical series) only under a time header, or counting up
    // one by one.
    !(
      values.every(isModernYear) ||
      (values.every(isHistoricalYear) && (timeHeader || isYearByYear(values)))
    )
  )
    return false;
  const distinct = new Set(values).size;
  return (
    distinct === values.length || timeHeader || (distinct >= 2 && distinct * 2 <= values.length)
  );
}

/** Rows of years counting up one by one, without a header: at least this many... */
export const MIN_YEAR_BY_YEAR_ROWS = 5;
/** ...and this share of the steps from one row to the next are +1 (a stray row may follow). */
const MIN_YEAR_STEP_SHARE = 0.8;

/** "1884 | 11905", "1885 | 17054" … under a title only: counts rarely rise by exactly one. */
function isYearByYear(values: readonly number[]): boolean {
  if (values.length < MIN_YEAR_BY_YEAR_ROWS || new Set(values).size !== values.length) return false;
  let steps = 0;
  for (let i = 1; i < values.length; i++) if (values[i] === (values[i - 1] ?? 0) + 1) steps++;
  return steps >= MIN_YEAR_STEP_SHARE * (values.length - 1);
}

/** Months and quarters are numbered 1–12 ("trimestre" 1, 2, 3, 4 down a long-format table). */
const MAX_PERIOD_NUMBER = 12;

/** A column of month or quarter numbers under a time header labels rows by time. */
function isPeriodNumberColumn(values: readonly number[], timeHeader: boolean): boolean {
  return (
    timeHeader &&
    values.length >= 2 &&
    values.every((v) => Number.isInteger(v) && v >= 1 && v <= MAX_PERIOD_NUMBER)
  );
}

const TIME_HEADER_RE = wordPattern([
  "time",
  "date",
  "fecha",
  "tiempo",
  "temps",
  "время",
  "дата",
  "year~",
  "ano",
  "anos",
  "periodo~",
  "period~",
  "annee~",
  "год",
  "годы",
  "года",
  "период",
  "anul",
  "godina",
  "السنه",
  "trimestre~",
  "quarter~",
  "month~",
  "mes",
  "mois",
  "квартал",
  "месяц",
  "luna",
  "mesec",
]);

const YEAR_LABEL_LENGTH = 4;

/**
 * A year written as text with a mark after it: a footnote ("2020 1)", "2030*", "2040¹"), a flag
 * ("2025p", "2019 e") or a word in brackets ("2050 (projection)"). Projections and provisional
 * years are written so among plain years.
 */
const MARKED_YEAR_RE =
  /^(1[89]\d\d|20\d\d|2100)\s*(?:\d\)|\(\d\)|\[\d\]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+|[a-z]{1,2}\.?|\([^\d()]{1,24}\))?$/iu;

/** The year of a marked year label ("2020 1)" → 2020), or undefined. */
export function markedYear(text: string): number | undefined {
  const m = MARKED_YEAR_RE.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

// "1892-1900", "1901-10": a period of several years among single years (a decade summed up).
const YEAR_SPAN_RE = /^(1[89]\d\d|20\d\d)\s*[-–]\s*(?:\d{2}|\d{4})$/u;

/** The first year of a span label ("1901-10" → 1901), or undefined. */
function spanStartYear(text: string): number | undefined {
  const m = YEAR_SPAN_RE.exec(text.trim());
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * Summary rows a year column may end with ("сумма 1899-1901", "%", "Total", "среднее"): labels
 * of their own among the years, at most this many and at most a fifth of the column.
 */
export const MAX_SUMMARY_LABELS_UNDER_YEARS = 3;
const SUMMARY_LABEL_SHARE_DIVISOR = 5;

function isIntegerSequence(values: readonly number[]): boolean {
  return values.length >= 3 && values.every((v, i) => i === 0 || v === (values[i - 1] ?? 0) + 1);
}

function isTimeColumn(values: readonly number[], header: string): boolean {
  const timeHeader = header !== "" && TIME_HEADER_RE.test(normalizeText(header));
  return isYearColumn(values, timeHeader) || isPeriodNumberColumn(values, timeHeader);
}

export function profileColumns(
  view: SheetView,
  bodyRows: readonly number[],
  columns: readonly number[],
  headerOf: (column: number) => string,
): ColumnProfile[] {
  return columns.map((c) => {
    let numbers = 0;
    let missing = 0;
    let texts = 0;
    let empty = 0;
    let flagTexts = 0;
    let colons = 0;
    let textLength = 0;
    const distinct = new Set<string>();
    const numericValues: number[] = [];
    // Years written as text with a mark ("2020 1)") or as a span ("1896-1916"), and how many
    // texts are neither (a "%" or "Total" row under the years), while there are few of those.
    const markedYears: number[] = [];
    let otherTexts = 0;
    for (const r of bodyRows) {
      const k = view.rowKinds(r)[c] ?? "empty";
      if (k === "empty") empty++;
      else if (k === "number") {
        numbers++;
        numericValues.push(cellNumber(view.grid.rows[r]?.[c] ?? null) ?? Number.NaN);
      } else if (k === "missing") {
        missing++;
        if (view.text(r, c) === ":") colons++;
      } else {
        texts++;
        const t = view.text(r, c);
        distinct.add(t);
        textLength += t.length;
        if (t.length <= MAX_FLAG_CHARS && FLAG_RE.test(t)) flagTexts++;
        if (otherTexts <= MAX_SUMMARY_LABELS_UNDER_YEARS) {
          const year = markedYear(t) ?? spanStartYear(t);
          if (year !== undefined) markedYears.push(year);
          else otherTexts++;
        }
      }
    }
    const filled = numbers + missing + texts;
    const header = headerOf(c);
    let role: ColumnRole;
    let yearLabels = false;
    if (filled === 0) role = "empty";
    else if (
      numbers === 0 &&
      flagTexts === texts &&
      colons === missing &&
      (header === "" || header === headerOf(c - 1))
    )
      role = "flag";
    else if (texts / filled >= LABEL_COLUMN_MIN_TEXT_SHARE) role = "label";
    else if (
      otherTexts <= MAX_SUMMARY_LABELS_UNDER_YEARS &&
      otherTexts * SUMMARY_LABEL_SHARE_DIVISOR <= filled &&
      isTimeColumn(numericValues.concat(markedYears), header)
    ) {
      role = "label";
      yearLabels = true;
    } else if (AUX_HEADER_RE.test(normalizeText(header)) || isIntegerSequence(numericValues))
      role = "aux";
    else role = "value";
    return {
      column: c,
      role,
      numbers,
      missing,
      texts,
      empty,
      // A year column's labels are its numbers (and its marked years).
      distinctTexts: yearLabels ? new Set(numericValues).size + distinct.size : distinct.size,
      meanTextLength: yearLabels ? YEAR_LABEL_LENGTH : texts === 0 ? 0 : textLength / texts,
    };
  });
}

/** The label column that names the rows best: many distinct, long labels; leftmost on a tie. */
export function mainLabelColumn(profiles: readonly ColumnProfile[]): ColumnProfile | undefined {
  let best: ColumnProfile | undefined;
  let bestScore = 0;
  for (const p of profiles) {
    if (p.role !== "label") continue;
    const score = p.distinctTexts * Math.min(p.meanTextLength, 20);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
