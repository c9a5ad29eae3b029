/**
 * What the card says when recognition was unsure. Three sources: a table whose best indicator
 * won narrowly (core's runner-up: a stock against a flow of the same people, with the cue words
 * that weighed), page words naming a stock and a flow settled by their sentence's cues (the
 * mention's runner-up, as `gapmap tag` gives it), and page words that name several indicators
 * (a mention's alternatives).
 */
import type { Mention } from "@gapmap/core/tagging";
import type { PageTable } from "../platform/messages";

export interface CardDoubt {
  /** Why: words shared by several indicators, a stock against a flow, or a near tie. */
  reason: "ambiguous-words" | "stock-or-flow" | "close-score";
  /** What was read: the page's words, or the catalogue words a table's labels matched. */
  evidence: string[];
  runnerUpId?: string;
  /** Period or time-point words that weighed ("during the year", "as of"). */
  cues: string[];
}

/**
 * The doubt of hovered words: a stock against a flow (the runner-up and the cue words of their
 * sentence), else words that also name other indicators (what was read, and the other one).
 */
export function mentionDoubt(mention: Mention | undefined): CardDoubt | undefined {
  if (mention?.runnerUp !== undefined) {
    return {
      reason: mention.runnerUp.reason,
      evidence: [mention.text],
      runnerUpId: mention.runnerUp.id,
      cues: mention.runnerUp.cues,
    };
  }
  // A score below 1 alone is no doubt: an inflected form or a weaker synonym of one indicator
  // scores lower too. Only words that also name another indicator are ambiguous.
  const runnerUpId = mention?.alternatives?.find((id) => id !== mention.id);
  if (mention === undefined || runnerUpId === undefined) return undefined;
  return { reason: "ambiguous-words", evidence: [mention.text], cues: [], runnerUpId };
}

export interface TableWithAnchor {
  anchor: Element;
  info: PageTable;
}

/**
 * The doubt of a table on the page whose best indicator is `indicatorId`: the table holding
 * `near` (the hovered words), else the first such table after it, else the first on the page.
 */
export function tableDoubt(
  indicatorId: string,
  tables: readonly TableWithAnchor[],
  near?: Node,
): CardDoubt | undefined {
  const unsure = unsureTables(indicatorId, tables);
  const after = (t: TableWithAnchor) =>
    near !== undefined &&
    (near.compareDocumentPosition(t.anchor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const table =
    (near && unsure.find((t) => t.anchor.contains(near))) ?? unsure.find(after) ?? unsure[0];
  const doubt = table?.info.doubt;
  if (doubt === undefined) return undefined;
  return {
    reason: doubt.reason,
    evidence: doubt.evidence,
    runnerUpId: doubt.runnerUpId,
    cues: doubt.cues,
  };
}

function unsureTables(indicatorId: string, tables: readonly TableWithAnchor[]) {
  return tables.filter((t) => t.info.indicatorIds[0] === indicatorId && t.info.doubt);
}

/**
 * The card's doubt for `indicatorId` at `mention` (the hovered or jumped-to words; `near` is
 * their node). Words inside an unsure table get the table's doubt (its labels say more); words
 * that settled a stock against a flow by their own sentence get theirs; else a table's doubt
 * near them, else words shared by several indicators.
 */
export function cardDoubt(
  indicatorId: string,
  mention: Mention | undefined,
  tables: readonly TableWithAnchor[],
  near?: Node,
): CardDoubt | undefined {
  const inTable =
    near !== undefined && unsureTables(indicatorId, tables).some((t) => t.anchor.contains(near));
  if (mention?.runnerUp !== undefined && !inTable) return mentionDoubt(mention);
  return tableDoubt(indicatorId, tables, near) ?? mentionDoubt(mention);
}
