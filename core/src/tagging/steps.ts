/**
 * Work written as a generator that yields between steps, so a browser can give the main thread
 * back between them (the extension drives the steps in time slices); Node runs them in one go.
 */

/**
 * What a step may yield instead of nothing: the next step is a heavy one (a whole-page DOM query,
 * a big build: tens of milliseconds at 4× CPU throttling), so it should start a time slice of
 * its own rather than run after other steps in one task.
 */
export const FRESH_SLICE = "fresh-slice";

export type Steps<T> = Generator<typeof FRESH_SLICE | undefined, T>;

/** Runs stepped work to its end in one go (Node, tests, small inputs). */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
