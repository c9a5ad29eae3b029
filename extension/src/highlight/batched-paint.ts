/**
 * Paints a highlight over several frames, so that no frame carries much of the browser's work:
 * the first paint of a pass's highlights (style for the marked elements, then paint and hit
 * testing) was one frame of 54–70 ms at 4× CPU throttling. Each frame renders one thing, in
 * turn: the next batch's elements marked (the browser restyles them), then the ranges so far
 * registered (it paints them; Chromium re-records every painted object of the page's layer then:
 * ~45 ms at 4× on the bench page). The first batch comes first: the caller puts the mentions in
 * view there. Each step runs in a task just after a frame has rendered, not in an animation
 * frame callback, so that the frame holds the browser's work alone (registering in the callback
 * added 6–8 ms at 4× to the frame that paints).
 *
 * A document without rendered frames (no window, a hidden tab) gets everything at once.
 */
import { markHighlight, registerHighlight, setHighlight } from "./highlight-registry";
import { afterFrameRenders, FRAME_WAIT_LIMIT_MS } from "./next-frame";

export interface BatchedPaint {
  /**
   * Resolves with performance.now() once the first batch has been through a rendered frame (at
   * the latest after the wait limit: a tab hidden meanwhile renders no frames).
   */
  firstShown: Promise<number>;
  /** Stops before the next step; what is painted so far stays until the next paint replaces it. */
  cancel: () => void;
}

/** Paints `batches` under `name`, replacing what it held, the first batch first. */
export function paintInBatches(
  doc: Document,
  name: string,
  batches: readonly (readonly AbstractRange[])[],
): BatchedPaint {
  const view = doc.defaultView;
  if (view === null || doc.visibilityState !== "visible" || batches.length === 0) {
    setHighlight(doc, name, batches.flat());
    return { firstShown: Promise.resolve(performance.now()), cancel: () => undefined };
  }
  let resolveShown: (at: number) => void = () => undefined;
  const firstShown = new Promise<number>((resolve) => {
    resolveShown = resolve;
  });
  const limit = setTimeout(() => {
    resolveShown(performance.now());
  }, FRAME_WAIT_LIMIT_MS * 2);
  let ranges: AbstractRange[] = [];
  let next = 0;
  let marking = true;
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    if (marking) {
      ranges = ranges.concat(batches[next] ?? []);
      markHighlight(doc, name, ranges);
    } else {
      registerHighlight(doc, name, ranges);
      next++;
    }
    marking = !marking;
    // The first batch's ranges are on screen once the frame after their registration rendered.
    const shown = next === 1 && marking;
    if (next < batches.length || shown) {
      afterFrameRenders(view, () => {
        if (shown) {
          clearTimeout(limit);
          resolveShown(performance.now());
        }
        if (next < batches.length) step();
      });
    }
  };
  // The first marks go with the frame already coming.
  step();
  return {
    firstShown,
    cancel: () => {
      cancelled = true;
    },
  };
}
