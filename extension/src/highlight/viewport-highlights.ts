/**
 * Paints only the mentions near the viewport. Chromium re-validates every range of a highlight
 * whenever it changes, and painting ~25,000 ranges made one long task of hundreds of ms, so
 * the rest stay as offsets and become ranges when a scroll or resize brings them near.
 *
 * Finding them assumes document order roughly follows vertical position (true of the text
 * flow of statistics pages): a binary search finds the first mention near the viewport, then
 * scans go on until a run of mentions is out of reach, which tolerates local disorder (columns,
 * floats, hidden blocks).
 */
import type { Mention } from "@gapmap/core/tagging";
import { setHighlight } from "./highlight-registry";
import { nodeIndexAt, staticRangeForOffsets, type PageText } from "./text-walker";
import { onViewportChange } from "./throttle";

/** Mentions this many viewport heights above or below are painted too, so scrolling shows them. */
export const VIEWPORT_MARGIN_SCREENS = 1;
/** Never more ranges than this in one highlight (a page of tiny text could still hold many). */
export const MAX_PAINTED_MENTIONS = 2000;
/** A scan stops after this many mentions in a row beyond the margin. */
const OUT_OF_REACH_RUN = 32;
/** Re-painting on scroll or resize runs at most this often. */
export const REPAINT_THROTTLE_MS = 100;

const ABOVE = -1;
const NEAR = 0;
const BELOW = 1;
const HIDDEN = 2;
type Place = typeof ABOVE | typeof NEAR | typeof BELOW | typeof HIDDEN;

export interface ViewportHighlights {
  /** Re-paints for the current scroll position; returns how many mentions are painted. */
  refresh: () => number;
  stop: () => void;
}

function placeOf(page: PageText, mention: Mention, top: number, bottom: number): Place {
  const element = page.nodes[nodeIndexAt(page, mention.start)]?.parentElement;
  if (!element?.isConnected) return HIDDEN;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return HIDDEN;
  if (rect.bottom < top) return ABOVE;
  return rect.top > bottom ? BELOW : NEAR;
}

/** Indexes of the mentions near the viewport, in document order. */
export function mentionsNearViewport(
  doc: Document,
  page: PageText,
  mentions: readonly Mention[],
): number[] {
  const height = doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight;
  const top = -height * VIEWPORT_MARGIN_SCREENS;
  const bottom = height * (1 + VIEWPORT_MARGIN_SCREENS);
  const place = (i: number): Place => {
    const m = mentions[i];
    return m === undefined ? HIDDEN : placeOf(page, m, top, bottom);
  };
  // First mention not above the window (hidden ones count as "not above").
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (place(mid) === ABOVE) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low - 1, run = 0; i >= 0 && run < OUT_OF_REACH_RUN; i--) {
    const p = place(i);
    if (p === NEAR) found.push(i);
    run = p === NEAR ? 0 : run + 1;
  }
  found.reverse();
  for (let i = low, run = 0; i < mentions.length && run < OUT_OF_REACH_RUN; i++) {
    if (found.length >= MAX_PAINTED_MENTIONS) break;
    const p = place(i);
    if (p === NEAR) found.push(i);
    if (p !== HIDDEN) run = p === NEAR ? 0 : run + 1;
  }
  return found.slice(0, MAX_PAINTED_MENTIONS);
}

/** Paints the mentions near the viewport under `name` and keeps doing so as the view moves. */
export function highlightNearViewport(
  doc: Document,
  name: string,
  page: PageText,
  mentions: readonly Mention[],
): ViewportHighlights {
  let painted: string | undefined;
  let count = 0;
  const refresh = () => {
    const near = mentionsNearViewport(doc, page, mentions);
    // The same set again (a small scroll): leave the highlight alone, it costs a re-validation.
    const key = near.length === 0 ? "" : `${near[0]}:${near.at(-1)}:${near.length}`;
    if (key === painted) return count;
    painted = key;
    const ranges: StaticRange[] = [];
    for (const i of near) {
      const m = mentions[i];
      const range = m && staticRangeForOffsets(page, m.start, m.end);
      if (range) ranges.push(range);
    }
    count = setHighlight(doc, name, ranges);
    return count;
  };
  const stopListening = onViewportChange(doc, refresh, REPAINT_THROTTLE_MS);
  return { refresh, stop: stopListening };
}
