/**
 * Where the two best indicators of a table score close, the result says so: the runner-up stays
 * with the winner, with the reason and the cues that weighed. A stock and a flow of the same
 * people ("immigrants" resident vs arrived) are the usual pair: period cues ("during the year",
 * "issued") favour the flow, time-point cues ("as of 31 December", "resident") the stock.
 * Where only one of the pair was named, the catalogue's counterpart of the winner takes its place
 * when the cues all point the other way ("asylum seekers registered during the year").
 */
import type { Measure } from "../catalogue/vocabulary";
import { measureCuesIn, type MeasureCueKind } from "./measure-cues";
import type { IndicatorMatch } from "./schema";

/** Two scores this close are a near tie: the runner-up is reported with the winner. */
export const CLOSE_SCORE_GAP = 0.15;
/** What the cues of one kind add to the indicators whose measure they describe. */
export const MEASURE_CUE_BONUS = 0.1;

const MEASURE_OF_CUE: Readonly<Record<MeasureCueKind, Measure>> = {
  period: "flow",
  "time-point": "stock",
};

function isStockOrFlow(measure: Measure | undefined): measure is "stock" | "flow" {
  return measure === "stock" || measure === "flow";
}

function rounded(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

/** The one measure the cues of `texts` point to, with the cues; none when they disagree. */
function favouredMeasure(texts: readonly string[]): { measure: Measure; cues: string[] } | null {
  const cues = measureCuesIn(texts);
  const favoured = new Set(cues.map((c) => MEASURE_OF_CUE[c.kind]));
  const [measure] = favoured;
  return favoured.size === 1 && measure !== undefined
    ? { measure, cues: cues.map((c) => c.cue) }
    : null;
}

/**
 * The winner's counterpart in its place, the winner as runner-up, when the cues point to the
 * counterpart's measure and the labels named only the winner of the two.
 */
function switchToCounterpart(
  matches: readonly IndicatorMatch[],
  texts: readonly string[],
  measureOf: (id: string) => Measure | undefined,
  counterpartOf: (id: string) => string | undefined,
): IndicatorMatch[] | null {
  const [first, ...rest] = matches;
  if (!first || !isStockOrFlow(measureOf(first.id))) return null;
  const counterpart = counterpartOf(first.id);
  if (counterpart === undefined || matches.some((m) => m.id === counterpart)) return null;
  const cued = favouredMeasure(texts);
  if (!cued || cued.measure !== measureOf(counterpart) || cued.measure === measureOf(first.id))
    return null;
  const switched: IndicatorMatch = {
    ...first,
    id: counterpart,
    runnerUp: { id: first.id, score: first.score, reason: "stock-or-flow", cues: cued.cues },
  };
  return [switched, first, ...rest];
}

/**
 * `matches` (best first) re-ranked by the measure cues of the table's label `texts`, the best
 * one carrying its close runner-up. `measureOf` gives an indicator's measure, `counterpartOf`
 * its stock or flow counterpart.
 */
export function settleStockOrFlow(
  matches: readonly IndicatorMatch[],
  texts: readonly string[],
  measureOf: (id: string) => Measure | undefined,
  counterpartOf: (id: string) => string | undefined = () => undefined,
): IndicatorMatch[] {
  const switched = switchToCounterpart(matches, texts, measureOf, counterpartOf);
  if (switched) return switched;
  const [first, second] = matches;
  if (!first || !second || first.score - second.score > CLOSE_SCORE_GAP) return [...matches];
  const stockOrFlow =
    isStockOrFlow(measureOf(first.id)) &&
    isStockOrFlow(measureOf(second.id)) &&
    measureOf(first.id) !== measureOf(second.id);
  const cues = stockOrFlow ? measureCuesIn(texts) : [];
  const favoured = new Set(cues.map((c) => MEASURE_OF_CUE[c.kind]));
  // Cues of both kinds cancel out: they say nothing about this table.
  const bonus = (m: IndicatorMatch) => {
    const measure = measureOf(m.id);
    return favoured.size === 1 && measure !== undefined && favoured.has(measure)
      ? MEASURE_CUE_BONUS
      : 0;
  };
  const [best, runnerUp] = [first, second]
    .map((m) => ({ match: { ...m, score: rounded(m.score + bonus(m)) }, cued: bonus(m) }))
    // A tie goes to the measure the cues name (they are evidence the matcher had not weighed),
    // else keeps the matcher's order, which has broken ties already (label-retrieval).
    .sort((a, b) => b.match.score - a.match.score || b.cued - a.cued)
    .map((m) => m.match);
  if (!best || !runnerUp) return [...matches];
  const cueWords = favoured.size === 1 ? cues.map((c) => c.cue) : [];
  const settled: IndicatorMatch = {
    ...best,
    runnerUp: {
      id: runnerUp.id,
      score: runnerUp.score,
      reason: stockOrFlow ? "stock-or-flow" : "close-score",
      cues: cueWords,
    },
  };
  return [settled, runnerUp, ...matches.slice(2)];
}
