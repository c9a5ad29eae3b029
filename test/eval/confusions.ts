/**
 * The most frequent wrong pairs: for a table, the wanted indicator and the one ranked first
 * instead; for a page, a missed indicator and a false one reported on the same page. "(none)"
 * stands for nothing wanted or nothing found. Pure functions over scored outcomes.
 */
import type { TableOutcome } from "./score";
import type { PageOutcome } from "./page-score";

export const NONE = "(none)";

export interface Confusion {
  wanted: string;
  got: string;
  count: number;
}

export function tableConfusions(outcomes: readonly TableOutcome[]): [string, string][] {
  return outcomes.flatMap((o): [string, string][] => {
    const got = o.detectedIndicators[0] ?? NONE;
    if (o.expected.indicators.length === 0) return o.givenIndicator === true ? [[NONE, got]] : [];
    return o.top1 === false ? [[o.expected.indicators[0] ?? NONE, got]] : [];
  });
}

export function pageConfusions(outcome: PageOutcome): [string, string][] {
  const pairs: [string, string][] = [];
  outcome.falseIds.forEach((got, i) => pairs.push([outcome.missedIds[i] ?? NONE, got]));
  for (const wanted of outcome.missedIds.slice(outcome.falseIds.length)) pairs.push([wanted, NONE]);
  return pairs;
}

/** Counts the pairs, most frequent first (ties by name, so the list is stable). */
export function countConfusions(pairs: readonly [string, string][]): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const [wanted, got] of pairs) {
    const key = `${wanted}\u0000${got}`;
    const c = counts.get(key) ?? { wanted, got, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.wanted.localeCompare(b.wanted) || a.got.localeCompare(b.got),
  );
}

/** "stock ↔ flow" when the two indicators measure different kinds of quantity. */
export function measureShift(
  wanted: string,
  got: string,
  measureOf: (id: string) => string | undefined,
): string | null {
  const a = measureOf(wanted);
  const b = measureOf(got);
  return a !== undefined && b !== undefined && a !== b ? `${a} ↔ ${b}` : null;
}
