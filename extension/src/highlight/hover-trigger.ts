/**
 * Highlights have no pointer events, so hover is found from the caret position under the
 * pointer, mapped back to page-text offsets and then to a mention.
 */
import type { Mention } from "@gapmap/core/tagging";
import { offsetOfPoint, type PageText } from "./text-walker";

export function mentionAtPoint(
  doc: Document,
  page: PageText,
  mentions: readonly Mention[],
  x: number,
  y: number,
): Mention | undefined {
  const caret = doc.caretPositionFromPoint(x, y);
  if (caret === null) return undefined;
  const offset = offsetOfPoint(page, caret.offsetNode, caret.offset);
  if (offset === undefined) return undefined;
  return mentions.find((m) => m.start <= offset && offset < m.end);
}
