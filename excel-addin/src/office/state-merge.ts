/**
 * Merging saved sessions. Excel synchronises workbook content between co-authors, not the
 * add-in's memory [learn.microsoft.com, "Coauthoring in Excel add-ins"], so each pane re-reads
 * what is stored when it saves and merges: table decisions by id (the later decision wins), the
 * needs profile and inventory from the pane that saves (the last to save).
 */
import type { Confirmation, WorkbookState } from "./state-schema";

function time(value: string | undefined): number {
  const parsed = Date.parse(value ?? "");
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** Oldest first; parts without a time count as oldest, ties keep their order. */
export function byAge(states: readonly WorkbookState[]): WorkbookState[] {
  return states
    .map((state, i) => ({ state, i }))
    .sort((a, b) => time(a.state.savedAt) - time(b.state.savedAt) || a.i - b.i)
    .map(({ state }) => state);
}

/** Whether the stored copies say different things (their save times aside). */
export function statesDiffer(states: readonly WorkbookState[]): boolean {
  const contents = new Set(states.map((state) => JSON.stringify({ ...state, savedAt: undefined })));
  return contents.size > 1;
}

/** `mine` merged over what is stored: nobody's decision is lost, the later one wins per table. */
export function mergeStates(mine: WorkbookState, stored: readonly WorkbookState[]): WorkbookState {
  const decisions = new Map<string, Confirmation>();
  for (const state of [...byAge(stored), mine]) {
    for (const decision of state.confirmations) {
      const earlier = decisions.get(decision.id);
      if (earlier === undefined || time(decision.decidedAt) >= time(earlier.decidedAt))
        decisions.set(decision.id, decision);
    }
  }
  const newest = byAge(stored).at(-1);
  const needsProfile = mine.needsProfile ?? newest?.needsProfile;
  const inventory = mine.inventory ?? newest?.inventory;
  return {
    ...mine,
    ...(needsProfile ? { needsProfile } : {}),
    ...(inventory ? { inventory } : {}),
    confirmations: [...decisions.values()],
  };
}
