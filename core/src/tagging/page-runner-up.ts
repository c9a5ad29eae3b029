/**
 * Where a page's words name a stock and a flow of the same people ("immigrants": those resident
 * or those who arrived), the mention says so, as a table's best indicator does
 * (tables/stock-or-flow.ts): period cues in its sentence ("arrived", "issued"; a year alone is none) make
 * the flow the winner, time-point cues ("as of", "living", "resident") the stock, and the other
 * stays as the close runner-up. Where the sentence has cues of both kinds, those of the words
 * glued to the mention decide ("the immigrant population", "newly arrived immigrants"); with
 * no cue, or still both kinds, the catalogue's order stands.
 */
import type { Measure } from "../catalogue/vocabulary";
import { measureCuesIn, type MeasureCueKind } from "../tables/measure-cues";
import type { Mention } from "./mention";

/** The cue measureCuesIn gives for "in 2023", "en 2023", «в 2023». */
const IN_YEAR_CUE = "in <year>";

const MEASURE_OF_CUE: Readonly<Record<MeasureCueKind, Measure>> = {
  period: "flow",
  "time-point": "stock",
};

function isStockOrFlow(measure: Measure | undefined): measure is "stock" | "flow" {
  return measure === "stock" || measure === "flow";
}

/** True when the mention's candidates hold a stock and a flow (its own and another). */
export function hasStockOrFlowRival(
  m: Mention,
  measureOf: (id: string) => Measure | undefined,
): boolean {
  return m.alternatives !== undefined && stockOrFlowRival(m, measureOf) !== undefined;
}

/** The other indicator of a stock/flow pair among the mention's candidates, if any. */
function stockOrFlowRival(
  m: Mention,
  measureOf: (id: string) => Measure | undefined,
): string | undefined {
  const own = measureOf(m.id);
  if (!isStockOrFlow(own) || m.alternatives === undefined) return undefined;
  return m.alternatives.find((id) => {
    const measure = measureOf(id);
    return id !== m.id && isStockOrFlow(measure) && measure !== own;
  });
}

/**
 * `m` with its stock/flow runner-up, the winner chosen by the measure cues of `sentence` (the
 * text of the mention's sentence) or, when those disagree, of `phrase` (the mention with the
 * word before and after it); `m` itself when its words name no stock and flow pair.
 */
export function withStockOrFlowRunnerUp(
  m: Mention,
  sentence: string,
  measureOf: (id: string) => Measure | undefined,
  phrase?: string,
): Mention {
  const rival = stockOrFlowRival(m, measureOf);
  if (rival === undefined) return m;
  // A year alone says no period in prose: "in 2020 there were 5 million immigrants" is a count
  // at a point in time as often as "arrivals in 2020" is a flow.
  let cues = measureCuesIn([sentence]).filter((c) => c.cue !== IN_YEAR_CUE);
  let favoured = new Set(cues.map((c) => MEASURE_OF_CUE[c.kind]));
  if (favoured.size > 1 && phrase !== undefined) {
    // Cues of both kinds: the words glued to the mention say which people it means ("In 2023,
    // the immigrant population …" is a stock though the sentence names a year).
    const near = measureCuesIn([phrase]).filter((c) => c.cue !== IN_YEAR_CUE);
    const nearFavoured = new Set(near.map((c) => MEASURE_OF_CUE[c.kind]));
    if (nearFavoured.size === 1) [cues, favoured] = [near, nearFavoured];
  }
  const rivalMeasure = measureOf(rival);
  const rivalWins = favoured.size === 1 && rivalMeasure !== undefined && favoured.has(rivalMeasure);
  // A cue word of two languages' lists ("population") is one cue.
  const settledCues = favoured.size === 1 ? [...new Set(cues.map((c) => c.cue))] : [];
  const [winner, runnerUp] = rivalWins ? [rival, m.id] : [m.id, rival];
  return {
    ...m,
    id: winner,
    runnerUp: { id: runnerUp, reason: "stock-or-flow", cues: settledCues },
  };
}
