/**
 * Stand-in W3C selector describe/re-anchor (after hypothesis: position first, then quote).
 * anchored: the stored position still holds the quote; changed: the quote (with its context)
 * moved; orphaned: the quote is gone. Nothing is dropped.
 */
import type { WebSelector } from "@gapmap/core";
import type { ReanchorResult } from "./tagging-engine";

/** Characters of context kept before and after the quote, as the Hypothesis client does. */
export const QUOTE_CONTEXT_CHARS = 32;

export function describeTextRangeFallback(
  fullText: string,
  start: number,
  end: number,
): WebSelector[] {
  const prefix = fullText.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start);
  const suffix = fullText.slice(end, end + QUOTE_CONTEXT_CHARS);
  return [
    { type: "TextQuoteSelector", exact: fullText.slice(start, end), prefix, suffix },
    { type: "TextPositionSelector", start, end },
  ];
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Context agreement: shared characters of prefix (read backwards) and suffix. */
function contextScore(
  text: string,
  at: number,
  quote: string,
  prefix: string,
  suffix: string,
): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && text[at - i] === prefix[prefix.length - i]; i++) score++;
  const after = at + quote.length;
  for (let i = 0; i < suffix.length && text[after + i] === suffix[i]; i++) score++;
  return score;
}

export function reanchorFallback(
  fullText: string,
  selectors: readonly WebSelector[],
): ReanchorResult {
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  if (quote === undefined) return { status: "orphaned", method: "no-quote" };
  if (position !== undefined && fullText.slice(position.start, position.end) === quote.exact) {
    return { status: "anchored", start: position.start, end: position.end, method: "position" };
  }
  const candidates = occurrences(fullText, quote.exact);
  if (candidates.length === 0) return { status: "orphaned", method: "quote" };
  const hint = position?.start ?? 0;
  const best = candidates
    .map((at) => ({
      at,
      score: contextScore(fullText, at, quote.exact, quote.prefix ?? "", quote.suffix ?? ""),
    }))
    .sort((a, b) => b.score - a.score || Math.abs(a.at - hint) - Math.abs(b.at - hint))[0];
  if (best === undefined) return { status: "orphaned", method: "quote" };
  return { status: "changed", start: best.at, end: best.at + quote.exact.length, method: "quote" };
}
