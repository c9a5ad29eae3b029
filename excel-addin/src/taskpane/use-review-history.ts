/**
 * The verdicts on found tables, with undo: every change (one table, or a bulk accept as one step)
 * keeps what it replaced, so any decision can be taken back in order.
 */
import { useCallback, useRef, useState } from "react";
import type { TableReview } from "./model/review";

type Change = readonly [key: string, previous: TableReview | undefined];

/** Enough steps to walk back a long review; older ones are dropped. */
const MAX_UNDO_STEPS = 200;

export function useReviewHistory(onChange: () => void) {
  const [reviews, setReviewsState] = useState<ReadonlyMap<string, TableReview>>(new Map());
  const [undoDepth, setUndoDepth] = useState(0);
  const history = useRef<Change[][]>([]);
  const current = useRef(reviews);

  const commit = useCallback(
    (next: ReadonlyMap<string, TableReview>) => {
      current.current = next;
      setReviewsState(next);
      setUndoDepth(history.current.length);
      onChange();
    },
    [onChange],
  );

  /** Several tables at once, undone together. */
  const reviewMany = useCallback(
    (changes: readonly (readonly [string, TableReview])[]) => {
      if (changes.length === 0) return;
      const next = new Map(current.current);
      history.current.push(changes.map(([key]) => [key, current.current.get(key)] as const));
      if (history.current.length > MAX_UNDO_STEPS) history.current.shift();
      for (const [key, review] of changes) next.set(key, review);
      commit(next);
    },
    [commit],
  );

  const review = useCallback(
    (key: string, next: TableReview) => {
      reviewMany([[key, next]]);
    },
    [reviewMany],
  );

  const undo = useCallback(() => {
    const step = history.current.pop();
    if (step === undefined) return;
    const next = new Map(current.current);
    for (const [key, previous] of step) {
      if (previous === undefined) next.delete(key);
      else next.set(key, previous);
    }
    commit(next);
  }, [commit]);

  /** A new scan's verdicts: nothing to undo across scans. */
  const reset = useCallback((next: ReadonlyMap<string, TableReview>) => {
    history.current = [];
    current.current = next;
    setReviewsState(next);
    setUndoDepth(0);
  }, []);

  return { reviews, review, reviewMany, undo, canUndo: undoDepth > 0, reset };
}
