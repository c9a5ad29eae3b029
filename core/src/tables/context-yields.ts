/**
 * A context indicator (total population, labour force …) gives way to a migration indicator
 * named in the same label through a shared word: "Population résidante … selon … la
 * nationalité" says "population" for both the resident population and the population by
 * nationality, and the migration reading is what the table is for. As on pages, a context term
 * never wins over a migration phrase that shares its words (issue 10, item 7).
 */
import type { IndicatorMatch } from "./schema";

type Evidence = IndicatorMatch["evidence"][number];

/** Whether two pieces of evidence come from the same label and share a matched word. */
function shareLabelWord(a: Evidence, b: Evidence): boolean {
  return a.where === b.where && a.text === b.text && a.words.some((w) => b.words.includes(w));
}

/**
 * `matches` (best first) with each context indicator placed after the first migration
 * indicator below it that its evidence shares a label word with; that migration indicator
 * takes the context indicator's score, since the words that scored it name both.
 */
export function contextYields(
  matches: readonly IndicatorMatch[],
  contextIds: ReadonlySet<string>,
): IndicatorMatch[] {
  const out = [...matches];
  for (let i = 0; i < out.length; i++) {
    const context = out[i];
    if (context === undefined || !contextIds.has(context.id)) continue;
    const j = out.findIndex(
      (m, k) =>
        k > i &&
        !contextIds.has(m.id) &&
        m.guess !== true &&
        m.evidence.some((e) => context.evidence.some((c) => shareLabelWord(c, e))),
    );
    const migration = out[j];
    if (migration === undefined) continue;
    out.splice(j, 1);
    out.splice(i, 0, { ...migration, score: Math.max(migration.score, context.score) });
  }
  return out;
}
