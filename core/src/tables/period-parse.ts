/**
 * Reads the periods a label names: "2016", 2016, "2020M02", "2020-02", "JAN2009", "Q1 2019",
 * "2019Q1", "I квартал 2019", «январь-декабрь 2016», "start-2015". A month without a year
 * ("January" under a 2013 band) is returned apart, for the caller to pair with a year above.
 */
import type { CellValue } from "../grid/grid";
import { foldForMonths, monthOfWord } from "./month-names";
import { isDigits } from "../text/is-digits";

export interface Period {
  year: number;
  quarter?: number;
  month?: number;
}

export interface ParsedPeriods {
  periods: Period[];
  /** A month named without any year in the label. */
  monthOnly?: number;
}

/** The earliest year a label may name: historical series start with the first censuses (1850). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/** Numbers before this read as counts, not years, unless they run in order (isYearRun). */
export const MODERN_MIN_YEAR = 1900;

const isWholeYear = (v: number, from: number) => Number.isInteger(v) && v >= from && v <= MAX_YEAR;

/** True for a number that reads as a year on its own (1900–2100). */
export const isModernYear = (v: number): boolean => isWholeYear(v, MODERN_MIN_YEAR);

/** True for a whole number that may be a year of a historical series (1800–2100). */
export const isHistoricalYear = (v: number): boolean => isWholeYear(v, MIN_YEAR);

/** Years of the 1800s in a row: at least this many, rising, make a header of years. */
export const MIN_HISTORICAL_RUN = 3;

/**
 * Two or more whole years: modern ones in any order, or a run of three or more rising from the
 * 1800s ("1850 | 1860 | 1870 …"), which counts seldom do.
 */
export function isYearRun(values: readonly number[]): boolean {
  if (values.length < 2) return false;
  if (values.every(isModernYear)) return true;
  return (
    values.length >= MIN_HISTORICAL_RUN &&
    values.every(
      (v, i) =>
        isWholeYear(v, MIN_YEAR) && (i === 0 || v > (values[i - 1] ?? Number.POSITIVE_INFINITY)),
    )
  );
}

const TOKEN_RE = /\p{L}+|\d+/gu;
const QUARTER_WORDS = new Set([
  "quarter",
  "qtr",
  "trimestre",
  "trimestrul",
  "trimestru",
  "квартал",
  "kvartal",
  "ربع",
]);
const ROMAN_QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

interface Token {
  text: string;
  /** Text between the previous token and this one. */
  before: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ text: m[0], before: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

function asYear(t: Token | undefined): number | undefined {
  if (!t || !/^\d{4}$/.test(t.text)) return undefined;
  const y = Number(t.text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

function asMonthNumber(t: Token | undefined): number | undefined {
  if (!t || !/^\d{2}$/.test(t.text)) return undefined;
  const m = Number(t.text);
  return m >= 1 && m <= 12 ? m : undefined;
}

function asQuarterDigit(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const n = /^[1-4]$/.test(t.text) ? Number(t.text) : ROMAN_QUARTERS[t.text];
  return n;
}

const tight = (t: Token | undefined) => t !== undefined && /^[\s]?$/.test(t.before);

const YEAR_DIGITS = 4;

/**
 * A label of digits only ("2019", "17"), the commonest header: one token, so at most a year
 * (a lone 1–4 is no quarter without a quarter word, and no digit string names a month).
 */
function periodsOfDigits(text: string): ParsedPeriods {
  const year = text.length === YEAR_DIGITS ? Number(text) : Number.NaN;
  return year >= MIN_YEAR && year <= MAX_YEAR ? { periods: [{ year }] } : { periods: [] };
}

/** Years a period written with a shortened end spans at most ("2015-20", "1995-00"). */
export const MAX_SHORT_SPAN_YEARS = 10;
const SPAN_SEPARATORS: ReadonlySet<string> = new Set(["-", "–", "/", " - ", " – "]);
const CENTURY = 100;

/**
 * The end year of a period whose end is written with two digits ("1950-55" → 1955, "2095-00" →
 * 2100, "2018/19" → 2019), or undefined. Ends that may be a month ("2005-10") count only when
 * `monthLike` is allowed: a caller that saw unmistakable spans among the same labels says so.
 */
function shortSpanEnd(start: number, t: Token | undefined, monthLike: boolean): number | undefined {
  if (!t || !/^\d{2}$/.test(t.text) || !SPAN_SEPARATORS.has(t.before)) return undefined;
  const two = Number(t.text);
  if (!monthLike && two >= 1 && two <= 12) return undefined;
  const base = start - (start % CENTURY);
  const end = base + two > start ? base + two : base + CENTURY + two;
  return end - start <= MAX_SHORT_SPAN_YEARS && end <= MAX_YEAR ? end : undefined;
}

/** True for a label that is a period with a shortened end no month could be ("1950-55"). */
export function isShortSpan(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const ts = tokens(value);
  const start = asYear(ts[0]);
  return ts.length === 2 && start !== undefined && shortSpanEnd(start, ts[1], false) !== undefined;
}

export interface ParseOptions {
  /**
   * Read "2005-10" as the years 2005–2010, not October 2005: the label sits among periods with
   * shortened ends ("2000-05 | 2005-10 | 2010-15").
   */
  shortSpans?: boolean;
}

/**
 * An acronym with its edition year ("NUTS-2016", "ISCED-2011", "EU27_2020", «РСФСР-1991»): a
 * classification or a territory as of that year, not a period of the data.
 */
const EDITION_RE = /(\p{Lu}{2,}\d*)[-_](?:1[89]\d\d|20\d\d)(?![\p{L}\d])/gu;
// Months ("JAN-2019") and fiscal or academic years ("FY-2019") are periods all the same.
const PERIOD_ACRONYMS: ReadonlySet<string> = new Set(["fy", "ay", "sy"]);
const withoutEdition = (whole: string, acronym: string) => {
  const word = acronym.toLowerCase();
  return PERIOD_ACRONYMS.has(word) || monthOfWord(word) !== undefined ? whole : acronym;
};

/** Periods in one label. Numbers count as years only when whole and in range. */
export function parsePeriods(value: CellValue, options: ParseOptions = {}): ParsedPeriods {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
      ? { periods: [{ year: value }] }
      : { periods: [] };
  }
  if (typeof value !== "string") return { periods: [] };
  if (isDigits(value)) return periodsOfDigits(value);
  const ts = tokens(foldForMonths(value.replace(EDITION_RE, withoutEdition)));
  const periods: Period[] = [];
  let monthOnly: number | undefined;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (!t) continue;
    const next = ts[i + 1];
    const year = asYear(t);
    if (year !== undefined) {
      // 1950-55, 2095-00, 2018/19: a period whose end year lost its century.
      const spanEnd = shortSpanEnd(year, next, options.shortSpans === true);
      // Not a date's day after it ("2020-12-31").
      if (spanEnd !== undefined && !/^\d+$/.test(ts[i + 2]?.text ?? "")) {
        periods.push({ year }, { year: spanEnd });
        i += 1;
        continue;
      }
      // 2020M02, 2020-02, 2020/02 (a date's day may follow: 2020-01-31)
      const monthTok = next?.text === "m" && tight(next) ? ts[i + 2] : next;
      const month = asMonthNumber(monthTok);
      if (
        month !== undefined &&
        monthTok &&
        (monthTok.before === "-" || monthTok.before === "/" || monthTok.before === "")
      ) {
        periods.push({ year, month });
        i += monthTok === next ? 1 : 2;
        if (ts[i + 1]?.before === "-" && /^\d{2}$/.test(ts[i + 1]?.text ?? "")) i++;
        continue;
      }
      const q = next?.text === "q" ? asQuarterDigit(ts[i + 2]) : undefined;
      if (q !== undefined) {
        periods.push({ year, quarter: q });
        i += 2;
        continue;
      }
      const monthAfter = next ? monthOfWord(next.text) : undefined;
      if (monthAfter !== undefined && asYear(ts[i + 2]) === undefined) {
        periods.push({ year, month: monthAfter });
        i += 1;
        continue;
      }
      periods.push({ year });
      continue;
    }
    // Q1 2019, q1-2019
    if (t.text === "q") {
      const q = asQuarterDigit(next);
      const y = asYear(ts[i + 2]);
      if (q !== undefined && y !== undefined) {
        periods.push({ year: y, quarter: q });
        i += 2;
        continue;
      }
    }
    // 1st quarter 2019, I квартал 2019
    const qd = asQuarterDigit(t);
    if (qd !== undefined) {
      let j = i + 1;
      if (["st", "nd", "rd", "th", "er", "e", "eme", "й"].includes(ts[j]?.text ?? "")) j++;
      const y = asYear(ts[j + 1]);
      if (QUARTER_WORDS.has(ts[j]?.text ?? "") && y !== undefined) {
        periods.push({ year: y, quarter: qd });
        i = j + 1;
        continue;
      }
    }
    const month = monthOfWord(t.text);
    if (month !== undefined) {
      // «январь - декабрь 2016»: a span of months within one year reads as that year.
      const rangeEnd = ts[i + 1]?.before.includes("-")
        ? monthOfWord(ts[i + 1]?.text ?? "")
        : undefined;
      const yearTok = rangeEnd !== undefined ? ts[i + 2] : next;
      const y = asYear(yearTok);
      if (y !== undefined) {
        periods.push(rangeEnd !== undefined ? { year: y } : { year: y, month });
        i += rangeEnd !== undefined ? 2 : 1;
        continue;
      }
      if (ts.length <= 2) monthOnly = month;
    }
  }
  return monthOnly === undefined ? { periods } : { periods, monthOnly };
}

const YEAR_IN_TEXT_RE = /(?<![\p{L}\d])(?:1[89]\d\d|20\d\d|2100)(?![\p{L}\d])/gu;

/**
 * A header cell without the years in it ("Venezuela 2018" → "Venezuela", "2018\nHombres" →
 * "Hombres"): the category a column names, the same in every year. A cell of years alone stays.
 */
export function withoutYears(text: string): string {
  const rest = text.replace(YEAR_IN_TEXT_RE, " ").replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(rest) ? rest : text;
}
