/**
 * Runs work sliced by time, so tagging a long page never blocks scrolling or input on any
 * machine: work runs until the slice's deadline (MAX_SLICE_MS) passes, then the main thread is
 * yielded, however few steps that was on a slow machine. Yielding uses `scheduler.yield()`
 * (the continuation keeps its place ahead of other queued tasks), else `scheduler.postTask`,
 * else a MessageChannel message, else setTimeout. Not requestIdleCallback: idle callbacks wait
 * for idle periods that a page busy painting rarely has, and their deadlines run up to 50 ms,
 * itself a long task.
 */

import { FRESH_SLICE } from "@gapmap/core/tagging";

/** A slice never runs longer than this, whatever the deadline allows (long task = 50 ms). */
export const MAX_SLICE_MS = 8;

export interface IdleDeadlineLike {
  timeRemaining(): number;
}
export type IdleScheduler = (callback: (deadline: IdleDeadlineLike) => void) => void;

interface PostTaskScheduler {
  yield(): Promise<void>;
  postTask(callback: () => void, options?: { priority?: string }): Promise<unknown>;
}

function sliceDeadline(): IdleDeadlineLike {
  const until = performance.now() + MAX_SLICE_MS;
  return { timeRemaining: () => Math.max(0, until - performance.now()) };
}

/**
 * Queues `run` as a new task: input and rendering get their turn before it. With
 * `continuation`, by `scheduler.yield()` where there is one: its continuations run ahead of
 * other queued tasks, messages from the extension's ports among them.
 */
function yieldingTask(continuation: boolean): (run: () => void) => void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (continuation && typeof scheduler?.yield === "function") {
    const yieldNow = scheduler.yield.bind(scheduler);
    return (run) => void yieldNow().then(run);
  }
  if (typeof scheduler?.postTask === "function") {
    const postTask = scheduler.postTask.bind(scheduler);
    return (run) => void postTask(run, { priority: "user-visible" });
  }
  if (typeof MessageChannel === "function") {
    const queue: (() => void)[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
    return (run) => {
      queue.push(run);
      channel.port2.postMessage(null);
    };
  }
  return (run) => setTimeout(run, 0);
}

function slicedBy(post: (run: () => void) => void): IdleScheduler {
  return (cb) => {
    post(() => {
      cb(sliceDeadline());
    });
  };
}

export function defaultScheduler(): IdleScheduler {
  return slicedBy(yieldingTask(true));
}

/**
 * Slices that queue behind other tasks instead of ahead of them: for work done while the page
 * talks with the engine host, whose messages would otherwise wait until the work is over.
 */
export function interleavingScheduler(): IdleScheduler {
  return slicedBy(yieldingTask(false));
}

/**
 * What a step may return instead of true (or stepped work yield): there is more work, and the
 * next step is a heavy one (tens of milliseconds at 4× CPU throttling), so it must start a slice
 * of its own rather than run after 8 ms of other steps in one task.
 */
export { FRESH_SLICE };
/** true: more work; false: done; FRESH_SLICE: more work, after a yield. */
export type StepResult = boolean | typeof FRESH_SLICE;

/**
 * Calls `step` until it returns false, yielding whenever the slice runs out (or the step asks
 * for a fresh slice); resolves when done.
 * At least one step runs per slice, so progress is guaranteed. With steps of a few microseconds
 * (a text node each) reading the clock after every one costs more than the step, so
 * `stepsPerClockRead` steps run between two checks.
 */
export function runInIdleSlices(
  step: () => StepResult,
  schedule: IdleScheduler = defaultScheduler(),
  stepsPerClockRead = 1,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: IdleDeadlineLike) => {
      const stopAt = performance.now() + MAX_SLICE_MS;
      let more: StepResult;
      try {
        do {
          more = step();
          for (let i = 1; more === true && i < stepsPerClockRead; i++) more = step();
        } while (more === true && deadline.timeRemaining() > 0 && performance.now() < stopAt);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (more === false) resolve();
      else schedule(slice);
    };
    schedule(slice);
  });
}

/**
 * Runs stepped work (a generator that yields between steps) in slices; resolves to its result.
 * A step that yields FRESH_SLICE ends its slice: the heavy step after it starts the next one.
 */
export async function runStepsInIdleSlices<T>(
  steps: Generator<unknown, T>,
  schedule?: IdleScheduler,
): Promise<T> {
  const out: { result?: { value: T } } = {};
  await runInIdleSlices(() => {
    const next = steps.next();
    if (next.done === true) {
      out.result = { value: next.value };
      return false;
    }
    return next.value === FRESH_SLICE ? FRESH_SLICE : true;
  }, schedule);
  if (out.result === undefined) throw new Error("Stepped work stopped before its end");
  return out.result.value;
}

/** Calls `work` on each item in slices. */
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

/** Resolves in a later slice: lets the page handle input and render between two pieces of work. */
export function nextSlice(schedule: IdleScheduler = defaultScheduler()): Promise<void> {
  return new Promise((resolve) => {
    schedule(() => {
      resolve();
    });
  });
}
