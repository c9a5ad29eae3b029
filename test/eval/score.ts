/**
 * Scoring of table detection against hand-written expectations, as pure functions: pair the
 * expected and detected tables of a sheet by range overlap, then count indicator hits,
 * breakdown kinds found and missed, roles, year spans and indicators given to non-migration
 * tables. Counts add up across sheets and files; rates come from the totals.
 */
import type { ExpectedDimension, ExpectedSheet, ExpectedTable } from "./expected-schema";
import { MIN_PAIR_OVERLAP, pairTables, rangeOverlap } from "./pair-tables";

export { MIN_PAIR_OVERLAP, pairTables, rangeOverlap };

/** How many of the detector's indicators count for the top-3 measure. */
export const TOP_K = 3;

/** The part of a detected table the scoring reads (DetectedTable fits it). */
export interface DetectedForScoring {
  range: string;
  indicators: readonly { id: string; score: number; guess?: boolean | undefined }[];
  dimensions: readonly { kind: string; role?: string | undefined }[];
  periods: { years: readonly number[]; first: string | null; last: string | null };
}

/** Whether the detector's first, or one of its first three, indicators is acceptable. */
export function indicatorHits(
  acceptable: readonly string[],
  detectedIds: readonly string[],
): { top1: boolean; top3: boolean } {
  const ok = new Set(acceptable);
  return {
    top1: detectedIds[0] !== undefined && ok.has(detectedIds[0]),
    top3: detectedIds.slice(0, TOP_K).some((id) => ok.has(id)),
  };
}

function countKinds(kinds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Breakdown kinds as multisets (two country breakdowns are two): true/false positives, misses. */
export function kindCounts(
  expectedKinds: readonly string[],
  detectedKinds: readonly string[],
): { tp: number; fp: number; fn: number; missing: string[]; unexpected: string[] } {
  const want = countKinds(expectedKinds);
  const got = countKinds(detectedKinds);
  let tp = 0;
  const missing: string[] = [];
  const unexpected: string[] = [];
  for (const [kind, n] of want) {
    const found = Math.min(n, got.get(kind) ?? 0);
    tp += found;
    for (let i = found; i < n; i++) missing.push(kind);
  }
  for (const [kind, n] of got) {
    for (let i = want.get(kind) ?? 0; i < n; i++) unexpected.push(kind);
  }
  return { tp, fp: unexpected.length, fn: missing.length, missing, unexpected };
}

const acceptableRoles = (d: ExpectedDimension): readonly string[] =>
  d.role === undefined ? [] : Array.isArray(d.role) ? d.role : [d.role];

/** Expected roles, and how many a distinct detected breakdown of the same kind carries. */
export function roleMatches(
  expected: readonly ExpectedDimension[],
  detected: readonly { kind: string; role?: string | undefined }[],
): { expected: number; correct: number } {
  const used = new Set<number>();
  let total = 0;
  let correct = 0;
  for (const e of expected) {
    const roles = acceptableRoles(e);
    if (roles.length === 0) continue;
    total++;
    const i = detected.findIndex(
      (d, di) =>
        !used.has(di) && d.kind === e.kind && d.role !== undefined && roles.includes(d.role),
    );
    if (i >= 0) {
      used.add(i);
      correct++;
    }
  }
  return { expected: total, correct };
}

const YEAR_AT_START = /^(\d{4})/;

function yearOf(period: string | null): number | undefined {
  const m = period === null ? null : YEAR_AT_START.exec(period);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** First and last year a detected table covers, or null when it found no period. */
export function detectedYearSpan(
  periods: DetectedForScoring["periods"],
): { first: number; last: number } | null {
  if (periods.years.length > 0)
    return { first: Math.min(...periods.years), last: Math.max(...periods.years) };
  const first = yearOf(periods.first);
  const last = yearOf(periods.last) ?? first;
  return first === undefined || last === undefined ? null : { first, last };
}

export interface Tally {
  expectedTables: number;
  pairedTables: number;
  missedTables: number;
  /** Detected tables paired with nothing (on table sheets and on contents/notes sheets). */
  extraTables: number;
  /** Of those, tables found on sheets expected to hold none. */
  tablesOnEmptySheets: number;
  indicatorTables: number;
  top1: number;
  /** Of the top-1 hits, those whose first indicator is a guess (no catalogue phrase named it). */
  top1Guessed: number;
  top3: number;
  kindTp: number;
  kindFp: number;
  kindFn: number;
  rolesExpected: number;
  rolesCorrect: number;
  yearTables: number;
  yearsCorrect: number;
  controlTables: number;
  controlsGivenIndicator: number;
}

export const emptyTally = (): Tally => ({
  expectedTables: 0,
  pairedTables: 0,
  missedTables: 0,
  extraTables: 0,
  tablesOnEmptySheets: 0,
  indicatorTables: 0,
  top1: 0,
  top1Guessed: 0,
  top3: 0,
  kindTp: 0,
  kindFp: 0,
  kindFn: 0,
  rolesExpected: 0,
  rolesCorrect: 0,
  yearTables: 0,
  yearsCorrect: 0,
  controlTables: 0,
  controlsGivenIndicator: 0,
});

export function addTallies(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const key of Object.keys(out) as (keyof Tally)[]) out[key] = a[key] + b[key];
  return out;
}

/** What happened to one expected table, for the failure list. */
export interface TableOutcome {
  expected: ExpectedTable;
  detectedRange: string | null;
  detectedIndicators: string[];
  top1: boolean | null;
  top3: boolean | null;
  missingKinds: string[];
  unexpectedKinds: string[];
  roles: { expected: number; correct: number };
  /** The detected breakdowns as "kind" or "kind:role", to show what was found instead. */
  detectedDimensions: string[];
  detectedYears: { first: number; last: number } | null;
  yearsRight: boolean | null;
  /** For a non-migration table: whether it was given an indicator. */
  givenIndicator: boolean | null;
}

export interface SheetScore {
  tally: Tally;
  outcomes: TableOutcome[];
  extraRanges: string[];
}

export interface ScoreOptions {
  /** Indicator scores at or above this count for the false-indicator rate; 0 = any reported. */
  minIndicatorScore?: number;
  minOverlap?: number;
}

function scoreTable(
  expected: ExpectedTable,
  detected: DetectedForScoring | undefined,
  overlapping: readonly DetectedForScoring[],
  minScore: number,
): { tally: Tally; outcome: TableOutcome } {
  const t = emptyTally();
  t.expectedTables = 1;
  if (detected) t.pairedTables = 1;
  else t.missedTables = 1;
  const ids = detected?.indicators.map((i) => i.id) ?? [];
  const isControl = expected.indicators.length === 0;

  let hits: { top1: boolean; top3: boolean } | null = null;
  let givenIndicator: boolean | null = null;
  if (isControl) {
    t.controlTables = 1;
    givenIndicator = overlapping.some((d) => d.indicators.some((i) => i.score >= minScore));
    if (givenIndicator) t.controlsGivenIndicator = 1;
  } else {
    hits = indicatorHits(expected.indicators, ids);
    t.indicatorTables = 1;
    t.top1 = hits.top1 ? 1 : 0;
    t.top1Guessed = hits.top1 && detected?.indicators[0]?.guess === true ? 1 : 0;
    t.top3 = hits.top3 ? 1 : 0;
  }

  const kinds = kindCounts(
    expected.dimensions.map((d) => d.kind),
    detected?.dimensions.map((d) => d.kind) ?? [],
  );
  t.kindTp = kinds.tp;
  t.kindFp = kinds.fp;
  t.kindFn = kinds.fn;
  const roles = roleMatches(expected.dimensions, detected?.dimensions ?? []);
  t.rolesExpected = roles.expected;
  t.rolesCorrect = roles.correct;

  const span = detected ? detectedYearSpan(detected.periods) : null;
  let yearsRight: boolean | null = null;
  if (expected.years) {
    yearsRight = span?.first === expected.years.first && span.last === expected.years.last;
    t.yearTables = 1;
    t.yearsCorrect = yearsRight ? 1 : 0;
  }
  return {
    tally: t,
    outcome: {
      expected,
      detectedRange: detected?.range ?? null,
      detectedIndicators: ids,
      top1: hits?.top1 ?? null,
      top3: hits?.top3 ?? null,
      missingKinds: kinds.missing,
      unexpectedKinds: kinds.unexpected,
      roles,
      detectedDimensions: (detected?.dimensions ?? []).map((d) =>
        d.role === undefined ? d.kind : `${d.kind}:${d.role}`,
      ),
      detectedYears: span,
      yearsRight,
      givenIndicator,
    },
  };
}

/** Scores the detected tables of one sheet against its expectations. */
export function scoreSheet(
  sheet: ExpectedSheet,
  detected: readonly DetectedForScoring[],
  options: ScoreOptions = {},
): SheetScore {
  const minScore = options.minIndicatorScore ?? 0;
  const pairing = pairTables(sheet.tables, detected, options.minOverlap ?? MIN_PAIR_OVERLAP);
  let tally = emptyTally();
  const outcomes: TableOutcome[] = [];
  for (const expected of sheet.tables) {
    const pair = pairing.pairs.find((p) => p.expected === expected);
    const overlapping = detected.filter((d) => rangeOverlap(expected.range, d.range) > 0);
    const scored = scoreTable(expected, pair?.detected, overlapping, minScore);
    tally = addTallies(tally, scored.tally);
    outcomes.push(scored.outcome);
  }
  tally.extraTables = pairing.extra.length;
  if (sheet.tables.length === 0) tally.tablesOnEmptySheets = pairing.extra.length;
  return { tally, outcomes, extraRanges: pairing.extra.map((d) => d.range) };
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export interface Rates {
  top1: number | null;
  top3: number | null;
  kindPrecision: number | null;
  kindRecall: number | null;
  kindF1: number | null;
  roleAccuracy: number | null;
  yearAccuracy: number | null;
  falseIndicatorRate: number | null;
}

/** Rates from counts; null where there was nothing to measure. */
export function rates(t: Tally): Rates {
  const precision = ratio(t.kindTp, t.kindTp + t.kindFp);
  const recall = ratio(t.kindTp, t.kindTp + t.kindFn);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return {
    top1: ratio(t.top1, t.indicatorTables),
    top3: ratio(t.top3, t.indicatorTables),
    kindPrecision: precision,
    kindRecall: recall,
    kindF1: f1,
    roleAccuracy: ratio(t.rolesCorrect, t.rolesExpected),
    yearAccuracy: ratio(t.yearsCorrect, t.yearTables),
    falseIndicatorRate: ratio(t.controlsGivenIndicator, t.controlTables),
  };
}
