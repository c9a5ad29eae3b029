/**
 * The indicators of one detected table, from all its labels: phrases each label names, then
 * the table's names paired with its value headers, then breakdown-only evidence settled (or a
 * guess when nothing names the table), and last the stock-or-flow cues between close pairs.
 */
import type { TermIndex } from "../search/term-index";
import { settleOrGuess, type TableTopic } from "./category-evidence";
import { withoutBareDirections } from "./bare-directions";
import { matchIndicators, type LabelSource } from "./match-indicators";
import { namesWithHeaders } from "./name-with-headers";
import { withNetBalance } from "./net-balance";
import { withReEmigration } from "./return-prefix";
import { withMigrantShare } from "./share-of-stock";
import type { IndicatorMatch } from "./schema";
import { withRemittancesSent } from "./remittances-sent";
import { settleStockOrFlow } from "./stock-or-flow";

export interface TableLabels {
  sources: readonly LabelSource[];
  valueHeaders: readonly string[];
  topic: TableTopic;
  /** Text of the workbook's notes sheets (workbook-context.ts): read only when nothing else names the table. */
  workbookNotes?: readonly string[] | undefined;
  /**
   * The few labels down a table with years across ("Deportable aliens located", "Smugglers of
   * aliens located") and their column's header: a yearbook's rows are its series, read when
   * nothing above names the table.
   */
  rowLabels?: { header: string; values: readonly string[] } | undefined;
}

export function indicatorsOfTable(
  index: TermIndex,
  labels: TableLabels,
  options: { maxIndicators?: number | undefined; guesses?: boolean | undefined },
): IndicatorMatch[] {
  const { sources } = labels;
  const matchOptions =
    options.maxIndicators === undefined ? {} : { maxIndicators: options.maxIndicators };
  const isMoney = (id: string) => index.measures.get(id) === "amount";
  // Each reading of the labels, without sums of money named by bare direction words alone.
  const named = (
    labelSources: readonly LabelSource[],
    opts: Parameters<typeof matchIndicators>[2],
  ) => withoutBareDirections(matchIndicators(index, labelSources, opts), sources, isMoney);
  let matched = named(sources, matchOptions);
  if (matched.length === 0)
    matched = named(
      namesWithHeaders(sources, labels.valueHeaders),
      // A pair counts only through a phrase needing words of both: no typo search of pairs
      // (the title alone was searched; four more searches per unnamed table cost 70% of scan).
      { ...matchOptions, loneWords: false, fuzzyTitles: false },
    );
  const notes = (labels.workbookNotes ?? []).map((text) => ({ where: "file" as const, text }));
  if (matched.length === 0 && notes.length > 0) matched = named(notes, matchOptions);
  let topic = labels.topic;
  const rows = labels.rowLabels;
  if (matched.length === 0 && rows !== undefined && rows.values.length > 0) {
    matched = named(
      rows.values.map((text) => ({ where: "labels" as const, text })),
      { ...matchOptions, fuzzyTitles: false },
    );
    // Their header names the series ("Activities"), no topic the rows would be a breakdown of.
    if (matched.length > 0)
      topic = {
        ...topic,
        otherBreakdownHeaders: topic.otherBreakdownHeaders.filter((h) => h !== rows.header),
      };
  }
  matched = withMigrantShare(
    withNetBalance(
      withReEmigration(matched, sources),
      sources,
      (id) => index.measures.get(id) === "flow",
    ),
  );
  // Migrants as one breakdown of another topic's table are a category, not the measure.
  // A notes sheet names or not: its words are too many to guess from.
  matched = settleOrGuess(index, matched, topic, sources, options.guesses !== false);
  return settleStockOrFlow(
    withRemittancesSent(matched),
    sources.map((s) => s.text),
    (id) => index.measures.get(id),
    (id) => index.counterparts.get(id),
  );
}
