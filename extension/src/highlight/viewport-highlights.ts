/**
 * Paints only the mentions near the viewport. Chromium re-validates every range of a highlight
 * whenever it changes, and painting ~25,000 ranges made one long task of hundreds of ms, so
 * the rest stay as offsets and become ranges when a scroll or resize brings them near.
 *
 * Finding them assumes document order roughly follows vertical position (true of the text
 * flow of statistics pages): a binary search finds the first mention near the viewport, then
 * scans go on until a run of mentions is out of reach, which tolerates local disorder (columns,
 * floats, hidden blocks).
 *
 * Those in view are painted first, the rest of the margin in later frames, a batch per frame:
 * the frame that first painted all of them (style for the marked elements, paint, hit test) was
 * one long task of 54–70 ms at 4× CPU throttling.
 */
import type { Mention } from "@gapmap/core/tagging";
import { paintInBatches, type BatchedPaint } from "./batched-paint";
import { nodeIndexAt, staticRangeForOffsets, type PageText } from "./text-walker";
import { onViewportChange } from "./throttle";

/** Mentions this many viewport heights above or below are painted too, so scrolling shows them. */
export const VIEWPORT_MARGIN_SCREENS = 1;
/** Never more ranges than this in one highlight (a page of tiny text could still hold many). */
export const MAX_PAINTED_MENTIONS = 2000;
/** A scan stops after this many mentions in a row beyond the margin. */
const OUT_OF_REACH_RUN = 32;
/**
 * Mentions painted per frame: the first frame paints those in view (at most this many), later
 * frames the rest of the margin.
 */
export const PAINT_BATCH = 64;
/** Re-painting on scroll or resize runs at most this often. */
export const REPAINT_THROTTLE_MS = 100;

const ABOVE = -1;
const NEAR = 0;
const BELOW = 1;
const HIDDEN = 2;
type Place = typeof ABOVE | typeof NEAR | typeof BELOW | typeof HIDDEN;

export interface ViewportHighlights {
  /**
   * Re-paints for the current scroll position: those in view now, the rest of the margin in the
   * next frames. Returns how many mentions are near the viewport (painted now or soon).
   */
  refresh: () => number;
  /** Resolves with performance.now() once the last refresh's mentions in view are on screen. */
  firstShown: () => Promise<number>;
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

/**
 * The mentions near the viewport (indexes from mentionsNearViewport) in the order they are
 * painted: those in view (document order), then those below it (nearest first, as a reader
 * scrolls on), then those above (nearest first).
 */
export function viewportFirst(
  doc: Document,
  page: PageText,
  mentions: readonly Mention[],
  near: readonly number[],
): number[] {
  const height = doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight;
  const inView: number[] = [];
  const below: number[] = [];
  const above: number[] = [];
  for (const i of near) {
    const m = mentions[i];
    const place = m === undefined ? HIDDEN : placeOf(page, m, 0, height);
    (place === ABOVE ? above : place === BELOW ? below : inView).push(i);
  }
  return [...inView, ...below, ...above.reverse()];
}

/** Splits `order` into batches of PAINT_BATCH; `first` (painted already) joins the first one. */
export function batchesOf(order: readonly number[], first: ReadonlySet<number>): number[][] {
  const rest = order.filter((i) => !first.has(i));
  const batches = [order.filter((i) => first.has(i)).concat(rest.slice(0, PAINT_BATCH))];
  for (let at = PAINT_BATCH; at < rest.length; at += PAINT_BATCH) {
    batches.push(rest.slice(at, at + PAINT_BATCH));
  }
  return batches;
}

/**
 * Paints the mentions near the viewport under `name`, those in view first and the rest in
 * batches over the next frames (batched-paint.ts), and keeps doing so as the view moves.
 */
export function highlightNearViewport(
  doc: Document,
  name: string,
  page: PageText,
  mentions: readonly Mention[],
): ViewportHighlights {
  let painted: string | undefined;
  /** Indexes painted or being painted (a repaint keeps them in its first batch: no new mark). */
  let shown = new Set<number>();
  let current: BatchedPaint | undefined;
  let count = 0;
  const rangesOf = (batch: readonly number[]) => {
    const ranges: StaticRange[] = [];
    for (const i of batch) {
      const m = mentions[i];
      const range = m && staticRangeForOffsets(page, m.start, m.end);
      if (range) ranges.push(range);
    }
    return ranges;
  };
  const refresh = () => {
    const near = mentionsNearViewport(doc, page, mentions);
    // The same set again (a small scroll): leave the highlight alone, it costs a re-validation.
    const key = near.length === 0 ? "" : `${near[0]}:${near.at(-1)}:${near.length}`;
    if (key === painted) return count;
    painted = key;
    current?.cancel();
    const order = viewportFirst(doc, page, mentions, near);
    const batches = batchesOf(order, new Set(near.filter((i) => shown.has(i))));
    shown = new Set(order);
    current = paintInBatches(doc, name, batches.map(rangesOf));
    count = order.length;
    return count;
  };
  const stopListening = onViewportChange(doc, refresh, REPAINT_THROTTLE_MS);
  return {
    refresh,
    firstShown: () => current?.firstShown ?? Promise.resolve(performance.now()),
    stop: () => {
      stopListening();
      current?.cancel();
    },
  };
}
