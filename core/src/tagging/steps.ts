/**
 * Work written as a generator that yields between steps, so a browser can give the main thread
 * back between them (the extension drives the steps in time slices); Node runs them in one go.
 */
export type Steps<T> = Generator<void, T>;

/** Runs stepped work to its end in one go (Node, tests, small inputs). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
