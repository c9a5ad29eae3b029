/**
 * Finds a stored text span again in a page that may have changed, in the order the Hypothesis
 * client uses: the stored position (if the quote is still there), then the exact quote, then
 * an approximate quote. What cannot be found is reported as orphaned, never dropped.
 */
import type { WebSelector } from "../inventory/source-record";
import { approxSearch, editDistance } from "./approx-match";
import { positionSelectorOf, quoteSelectorOf } from "./text-selectors";

/** Candidate weights, as in Hypothesis `match-quote.ts`: the quote matters most, position least. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
/** Edit budget: at most half the quote may differ, and never more than this many edits. */
export const MAX_QUOTE_ERRORS = 256;
export const QUOTE_ERROR_SHARE = 0.5;
/** Approximate candidates scored per quote: enough for repeated phrases, bounded for speed. */
export const MAX_FUZZY_CANDIDATES = 50;

export interface AnchorResult {
  status: "anchored" | "changed" | "orphaned";
  start?: number;
  end?: number;
  method?: "position" | "quote-exact" | "quote-fuzzy";
  /** The text found, when status is "changed". */
  text?: string;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** 0–1 similarity of two strings (1 when equal or both empty). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

function score(
  text: string,
  c: Candidate,
  quote: { exact: string; prefix: string; suffix: string },
  hint: number | undefined,
): number {
  const prefix = text.slice(Math.max(0, c.start - quote.prefix.length), c.start);
  const suffix = text.slice(c.end, c.end + quote.suffix.length);
  const quoteScore = 1 - c.errors / Math.max(1, quote.exact.length);
  const positionScore =
    hint === undefined ? 0 : 1 - Math.abs(c.start - hint) / Math.max(1, text.length);
  return (
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * similarity(quote.prefix, prefix) +
    SUFFIX_WEIGHT * similarity(quote.suffix, suffix) +
    POSITION_WEIGHT * positionScore
  );
}

function best(
  text: string,
  candidates: readonly Candidate[],
  quote: { exact: string; prefix: string; suffix: string },
  hint: number | undefined,
): Candidate | undefined {
  let top: Candidate | undefined;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const s = score(text, c, quote, hint);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    out.push({ start: i, end: i + exact.length, errors: 0 });
  }
  return out;
}

export function reanchor(fullText: string, selectors: readonly WebSelector[]): AnchorResult {
  const quoteSelector = quoteSelectorOf(selectors);
  const position = positionSelectorOf(selectors);

  if (position && !quoteSelector) {
    // Without a quote the position cannot be checked; it is all there is.
    return position.end <= fullText.length
      ? { status: "anchored", start: position.start, end: position.end, method: "position" }
      : { status: "orphaned" };
  }
  if (!quoteSelector || quoteSelector.exact === "") return { status: "orphaned" };
  const quote = {
    exact: quoteSelector.exact,
    prefix: quoteSelector.prefix ?? "",
    suffix: quoteSelector.suffix ?? "",
  };

  if (position && fullText.slice(position.start, position.end) === quote.exact)
    return { status: "anchored", start: position.start, end: position.end, method: "position" };

  const exact = best(fullText, exactOccurrences(fullText, quote.exact), quote, position?.start);
  if (exact)
    return { status: "anchored", start: exact.start, end: exact.end, method: "quote-exact" };

  const maxErrors = Math.min(MAX_QUOTE_ERRORS, Math.floor(quote.exact.length * QUOTE_ERROR_SHARE));
  const fuzzy = best(
    fullText,
    approxSearch(fullText, quote.exact, maxErrors, MAX_FUZZY_CANDIDATES),
    quote,
    position?.start,
  );
  if (!fuzzy) return { status: "orphaned" };
  const found = fullText.slice(fuzzy.start, fuzzy.end);
  return found === quote.exact
    ? { status: "anchored", start: fuzzy.start, end: fuzzy.end, method: "quote-fuzzy" }
    : { status: "changed", start: fuzzy.start, end: fuzzy.end, method: "quote-fuzzy", text: found };
}
