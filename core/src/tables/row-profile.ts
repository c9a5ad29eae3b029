/**
 * What each sheet row looks like: a data row (mostly numbers or missing codes), a text row
 * (titles, notes, header words), blank, or a numeric header row — a row of years or of column
 * numbers ("код графы" 1, 2, 3…), which has numbers but is not data.
 */
import { cellNumber } from "./cell-values";
import { isModernYear, isYearRun } from "./period-parse";
import type { SheetView } from "./sheet-view";

export type RowType = "blank" | "data" | "text" | "numeric-header";

export interface RowProfile {
  type: RowType;
  numbers: number;
  missing: number;
  texts: number;
  /** First and last non-empty column, -1 when blank. */
  first: number;
  last: number;
  /** First column holding a number, -1 when none. */
  firstNumber: number;
  /** First column holding a number or a missing code, -1 when none. */
  firstValue: number;
  /** Non-empty columns. */
  filled: number[];
  /** Last column holding text (not a number or missing code), -1 when none. */
  lastText: number;
  /** Whether the first number is a whole year (a long-format row's year label). */
  firstNumberIsYear: boolean;
}

// Marks the column-number row of Russian and other statistical forms.
const COLUMN_NUMBER_LABEL_RE = /^(код графы|код строки|column|columna|colonne|№|no\.?|графа)$/iu;
/** A data row has at least this share of its non-empty cells as numbers or missing codes. */
export const DATA_ROW_MIN_NUMERIC_SHARE = 0.4;
/** A row with at most this many years and one label reads as a year band, not data. */
export const MAX_YEARS_IN_LONE_BAND = 3;
/** Missing codes that make a row without numbers a data row all the same. */
export const MIN_MISSING_FOR_DATA = 2;
/** Row labels a data row may carry beside a single value (origin, destination). */
export const MAX_LABELS_BESIDE_ONE_VALUE = 2;
/**
 * Labels a long-format row may carry before its single value at the end ("Aruba | Colombia |
 * Asylum-seekers | *"): one column per breakdown, then the value, hidden or not.
 */
export const MAX_LABELS_BEFORE_TRAILING_VALUE = 5;
/**
 * Labels a long-format row may carry when it starts with its period ("2015 | Belgium | Total |
 * Total | Total | Rejected | Person | 1,234 | p", a Eurostat export): the period marks it as data.
 */
export const MAX_LABELS_AFTER_PERIOD_LABEL = 8;
/** A flag after the value ("p" provisional, "e" estimated, "bep"): this short, at most. */
export const MAX_FLAG_CHARS = 4;
/** Flag columns an export may put after the value (SDMX-CSV: OBS_FLAG, CONF_STATUS). */
export const MAX_FLAGS_AFTER_VALUE = 2;
/** A note after the value ("Support provided to people whose claim …"): this many words at least. */
export const MIN_NOTE_WORDS = 4;

const isYearRow = isYearRun;

function isColumnNumberRow(values: readonly number[], minLength = 3): boolean {
  if (values.length < minLength || (values[0] !== 1 && values[0] !== 0)) return false;
  return values.every((v, i) => i === 0 || v === (values[i - 1] ?? 0) + 1);
}

export function profileRow(view: SheetView, r: number): RowProfile {
  let numbers = 0;
  let missing = 0;
  let texts = 0;
  const filled: number[] = [];
  const numericValues: number[] = [];
  let firstText = "";
  let firstNumber = -1;
  let firstValue = -1;
  let lastText = -1;
  // Stored cells only: the rest of the row up to the sheet width is empty.
  const kinds = view.rowKinds(r);
  const values = view.grid.rows[r] ?? [];
  for (let c = 0; c < kinds.length; c++) {
    const k = kinds[c];
    if (k === "empty" || k === undefined) continue;
    filled.push(c);
    if ((k === "number" || k === "missing") && firstValue < 0) firstValue = c;
    if (k === "number") {
      numbers++;
      if (firstNumber < 0) firstNumber = c;
      numericValues.push(cellNumber(values[c] ?? null) ?? Number.NaN);
    } else if (k === "missing") missing++;
    else {
      texts++;
      lastText = c;
      if (firstText === "") firstText = view.text(r, c);
    }
  }
  const first = filled[0] ?? -1;
  const last = filled.at(-1) ?? -1;
  const y = numericValues[0];
  const firstNumberIsYear = y !== undefined && isModernYear(y);
  const base = {
    numbers,
    missing,
    texts,
    first,
    last,
    filled,
    firstNumber,
    firstValue,
    lastText,
    firstNumberIsYear,
  };
  if (filled.length === 0) return { ...base, type: "blank" };
  // Before the year-row test: "2010 | Hungary | … | 2,095" is data whose value looks like a year.
  if (
    isPeriodLabelledLongRow(view, r, kinds, base) ||
    isLabelledPeriodValueRow(view, r, kinds, base)
  )
    return { ...base, type: "data" };
  // "(thousand USD) | 2013" over a band of months: one year and a corner label is a header too.
  const yearBand =
    numericValues.length <= MAX_YEARS_IN_LONE_BAND &&
    texts <= 1 &&
    missing === 0 &&
    isYearRow([...numericValues, ...numericValues]);
  // Year-like values among more suppressed cells are data ("Moldova | … | .. | 1968 | 2070 | ..").
  const yearHeader = missing <= numbers && isYearRow(numericValues);
  if (
    numbers > 0 &&
    (yearBand ||
      yearHeader ||
      (texts === 0 && isColumnNumberRow(numericValues)) ||
      // Labelled column numbers ("№ | 1 | 2"), not Norway's code "no" before its figures.
      (COLUMN_NUMBER_LABEL_RE.test(firstText) && isColumnNumberRow(numericValues, 2)))
  ) {
    return { ...base, type: "numeric-header" };
  }
  const numeric = numbers + missing;
  const onlyYears = numericValues.every(isModernYear);
  // "Aruba | Colombia | Asylum-seekers | *": labels, then one value, hidden or not, at the end.
  const lastKind = kinds[last];
  // With two labels or fewer, a lone year at the end is a header ("Country | 2015").
  const longFormat =
    numeric === 1 &&
    (lastKind === "missing" ||
      (lastKind === "number" && (!onlyYears || texts > MAX_LABELS_BESIDE_ONE_VALUE))) &&
    texts <= MAX_LABELS_BEFORE_TRAILING_VALUE;
  if (longFormat || isLabelledValueWithNote(view, r, kinds, base)) return { ...base, type: "data" };
  // "Colombia | Ecuador | 842": a value beside two row labels is data too.
  // A row of suppressed values ("~" everywhere) is still a data row.
  const isData =
    (numbers > 0 || missing >= MIN_MISSING_FOR_DATA) &&
    (numeric / filled.length >= DATA_ROW_MIN_NUMERIC_SHARE ||
      (texts <= MAX_LABELS_BESIDE_ONE_VALUE && !onlyYears));
  return { ...base, type: isData ? "data" : "text" };
}

/**
 * "Section 95 | Dispersed Accommodation | 52845 | Support provided to people seeking …": labels,
 * one value, then a sentence that describes the row (a "Definition" or "Notes" column).
 */
function isLabelledValueWithNote(
  view: SheetView,
  r: number,
  kinds: readonly (string | undefined)[],
  row: Pick<RowProfile, "filled" | "numbers" | "missing" | "firstValue">,
): boolean {
  if (row.numbers + row.missing !== 1 || row.firstValue < 0) return false;
  const after = row.filled.filter((c) => c > row.firstValue);
  const before = row.filled.filter((c) => c < row.firstValue);
  const note = after[0];
  if (after.length !== 1 || note === undefined || kinds[note] !== "text") return false;
  if (before.length < 1 || before.length > MAX_LABELS_BEFORE_TRAILING_VALUE) return false;
  return view.text(r, note).trim().split(/\s+/).length >= MIN_NOTE_WORDS;
}

/**
 * "ESTAT:TPS00170(1.0) | Annual | Total | Person | Austria | 2012 | 37816 | | ": labels, the
 * period, the value right after it and at most a few short flags — an SDMX-CSV or UN export
 * row whose period column sits among the labels.
 */
function isLabelledPeriodValueRow(
  view: SheetView,
  r: number,
  kinds: readonly (string | undefined)[],
  row: Pick<RowProfile, "filled" | "numbers" | "missing" | "texts">,
): boolean {
  if (row.numbers + row.missing !== 2 || row.texts < 1) return false;
  const numeric = row.filled.filter((c) => kinds[c] === "number" || kinds[c] === "missing");
  const [periodAt, valueAt] = numeric;
  if (periodAt === undefined || valueAt === undefined || kinds[periodAt] !== "number") return false;
  if (!row.filled.includes(periodAt + 1) || valueAt !== periodAt + 1) return false;
  if (!PERIOD_CODE_RE.test(view.text(r, periodAt))) return false;
  // Two adjacent years are a header ("Country | 2015 | 2016"), not a period and its value.
  if (kinds[valueAt] === "number" && PERIOD_CODE_RE.test(view.text(r, valueAt))) return false;
  const after = row.filled.filter((c) => c > valueAt);
  if (after.length > MAX_FLAGS_AFTER_VALUE) return false;
  if (after.some((c) => view.text(r, c).length > MAX_FLAG_CHARS)) return false;
  const labels = row.filled.filter((c) => c < periodAt);
  return labels.length >= 1 && labels.length <= MAX_LABELS_AFTER_PERIOD_LABEL + 2;
}

/**
 * A period written as a code in a long export's first column: "2008M01", "2015Q3", "2024 Q1"
 * (Open SDG quarters), "2019-06".
 */
const PERIOD_CODE_RE = /^(1[89]|2[01])\d{2}(M(0[1-9]|1[0-2])| ?Q[1-4]|S[12]|-(0[1-9]|1[0-2]))?$/;
/**
 * Values an Open SDG row may end with after its labels ("2024 Q1 | … | Canada | Total | 43.6 |
 * 11124 | 43.6": progress, geocode, value).
 */
export const MAX_VALUES_AFTER_LABELS = 3;

/**
 * "2015 | Belgium | Total | Person | 1,234 | p": a period as the row's first label, labels, one
 * value and at most a short flag after it — a row of a long export (Eurostat, UN data).
 */
function isPeriodLabelledLongRow(
  view: SheetView,
  r: number,
  kinds: readonly (string | undefined)[],
  row: Pick<RowProfile, "first" | "filled">,
): boolean {
  if (!PERIOD_CODE_RE.test(view.text(r, row.first))) return false;
  const values = row.filled.filter(
    (c) => c !== row.first && (kinds[c] === "number" || kinds[c] === "missing"),
  );
  const valueAt = values[0];
  if (valueAt === undefined || values.length > MAX_VALUES_AFTER_LABELS) return false;
  // Several values only as the row's last cells, after every label.
  if (values.length > 1 && row.filled.some((c) => c > valueAt && kinds[c] === "text")) return false;
  const after = row.filled.filter((c) => c > valueAt && !values.includes(c));
  if (after.length > 1) return false;
  const flag = after[0];
  if (flag !== undefined && view.text(r, flag).length > MAX_FLAG_CHARS) return false;
  const labels = row.filled.filter((c) => c !== row.first && c < valueAt);
  return labels.length >= 1 && labels.length <= MAX_LABELS_AFTER_PERIOD_LABEL;
}

export function profileRows(view: SheetView): RowProfile[] {
  return Array.from({ length: view.height }, (_, r) => profileRow(view, r));
}
