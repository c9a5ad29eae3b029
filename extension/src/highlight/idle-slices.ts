/** Runs work in requestIdleCallback slices so tagging a long page never blocks scrolling. */

/** Without requestIdleCallback (some test DOMs), give each slice this long. */
const FALLBACK_SLICE_MS = 8;

type IdleScheduler = (callback: (deadline: { timeRemaining(): number }) => void) => void;

function defaultScheduler(): IdleScheduler {
  if (typeof requestIdleCallback === "function") return (cb) => requestIdleCallback(cb);
  return (cb) =>
    setTimeout(() => {
      const until = Date.now() + FALLBACK_SLICE_MS;
      cb({ timeRemaining: () => Math.max(0, until - Date.now()) });
    }, 0);
}

/** Calls `work` on each item, yielding whenever the idle deadline runs out; resolves when done. */
export function forEachInIdleSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  schedule: IdleScheduler = defaultScheduler(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    const slice = (deadline: { timeRemaining(): number }) => {
      try {
        // At least one item per slice, so progress is guaranteed.
        do {
          const item = items[next++];
          if (item !== undefined) work(item);
        } while (next < items.length && deadline.timeRemaining() > 0);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (next < items.length) schedule(slice);
      else resolve();
    };
    if (items.length === 0) resolve();
    else schedule(slice);
  });
}
