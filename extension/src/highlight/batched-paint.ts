/**
 * Paints a highlight over several frames, so that no frame carries much of the browser's work:
 * the first paint of a pass's highlights (style for the marked elements, then paint and hit
 * testing) was one frame of 54–70 ms at 4× CPU throttling. Each animation frame does one thing,
 * in turn: mark the next batch's elements (the browser restyles them in that frame), then
 * register the ranges so far (it paints them in the next). The first batch comes first: the
 * caller puts the mentions in view there.
 *
 * A document without rendered frames (no window, a hidden tab) gets everything at once.
 */
import { markHighlight, registerHighlight, setHighlight } from "./highlight-registry";
import { FRAME_WAIT_LIMIT_MS } from "./next-frame";

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
  let frame: number | undefined;
  const step = () => {
    if (marking) {
      ranges = ranges.concat(batches[next] ?? []);
      markHighlight(doc, name, ranges);
    } else {
      registerHighlight(doc, name, ranges);
      if (next === 0)
        afterThisFrame(() => {
          clearTimeout(limit);
          resolveShown(performance.now());
        });
      next++;
    }
    marking = !marking;
    frame = next < batches.length ? view.requestAnimationFrame(step) : undefined;
  };
  // Animation frame callbacks run just before the frame renders: each step gets a frame.
  frame = view.requestAnimationFrame(step);
  return {
    firstShown,
    cancel: () => {
      if (frame !== undefined) view.cancelAnimationFrame(frame);
      frame = undefined;
    },
  };
}

/** Calls `then` in a task after the frame being prepared has rendered (called from rAF). */
function afterThisFrame(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}
