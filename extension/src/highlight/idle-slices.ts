/**
 * Runs work in short idle-time slices so tagging a long page never blocks scrolling or input.
 * An idle deadline can be up to 50 ms long, which would itself be a long task, so each slice
 * also stops at MAX_SLICE_MS.
 */

/** A slice never runs longer than this, whatever the idle deadline allows (long task = 50 ms). */
export const MAX_SLICE_MS = 12;
/** Without requestIdleCallback (some test DOMs), give each slice this long. */
const FALLBACK_SLICE_MS = 8;

export interface IdleDeadlineLike {
  timeRemaining(): number;
}
export type IdleScheduler = (callback: (deadline: IdleDeadlineLike) => void) => void;

function timeoutScheduler(): IdleScheduler {
  return (cb) =>
    setTimeout(() => {
      const until = performance.now() + FALLBACK_SLICE_MS;
      cb({ timeRemaining: () => Math.max(0, until - performance.now()) });
    }, 0);
}

export function defaultScheduler(): IdleScheduler {
  if (typeof requestIdleCallback !== "function") return timeoutScheduler();
  // A timeout keeps a busy page (constant rendering) from starving the tagger.
  return (cb) => requestIdleCallback(cb, { timeout: 100 });
}

/**
 * Calls `step` until it returns false, yielding whenever the slice runs out; resolves when done.
 * At least one step runs per slice, so progress is guaranteed.
 */
export function runInIdleSlices(
  step: () => boolean,
  schedule: IdleScheduler = defaultScheduler(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: IdleDeadlineLike) => {
      const stopAt = performance.now() + MAX_SLICE_MS;
      let more: boolean;
      try {
        do more = step();
        while (more && deadline.timeRemaining() > 0 && performance.now() < stopAt);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (more) schedule(slice);
      else resolve();
    };
    schedule(slice);
  });
}

/** Calls `work` on each item in idle slices. */
export function forEachInIdleSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  schedule: IdleScheduler = defaultScheduler(),
): Promise<void> {
  if (items.length === 0) return Promise.resolve();
  let next = 0;
  return runInIdleSlices(() => {
    const item = items[next++];
    if (item !== undefined) work(item);
    return next < items.length;
  }, schedule);
}
