/** Web Annotation selectors for a span of page text, as the Hypothesis client stores them. */
import type { WebSelector } from "../inventory/source-record";

/** Characters of context kept on each side of the quote (Hypothesis uses 32). */
export const QUOTE_CONTEXT_LENGTH = 32;

export type TextQuoteSelector = Extract<WebSelector, { type: "TextQuoteSelector" }>;
export type TextPositionSelector = Extract<WebSelector, { type: "TextPositionSelector" }>;

/** A TextQuoteSelector and a TextPositionSelector for fullText[start, end). */
export function describeTextRange(fullText: string, start: number, end: number): WebSelector[] {
  if (start < 0 || end > fullText.length || start > end)
    throw new RangeError(`text range ${start}–${end} is outside a text of ${fullText.length}`);
  return [
    {
      type: "TextQuoteSelector",
      exact: fullText.slice(start, end),
      prefix: fullText.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: fullText.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    { type: "TextPositionSelector", start, end },
  ];
}

export function quoteSelectorOf(selectors: readonly WebSelector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector");
}

export function positionSelectorOf(
  selectors: readonly WebSelector[],
): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === "TextPositionSelector");
}
