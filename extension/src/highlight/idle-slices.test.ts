import type { Steps } from "@gapmap/core/tagging";
import { describe, expect, it, vi } from "vitest";
import {
  FRESH_SLICE,
  MAX_SLICE_MS,
  runInIdleSlices,
  runStepsInIdleSlices,
  type IdleScheduler,
} from "./idle-slices";

/** Runs each slice at once with no time left, counting slices: only the step batch runs. */
function exhaustedScheduler(): { schedule: IdleScheduler; slices: () => number } {
  let slices = 0;
  const schedule: IdleScheduler = (callback) => {
    slices++;
    queueMicrotask(() => {
      callback({ timeRemaining: () => 0 });
    });
  };
  return { schedule, slices: () => slices };
}

/**
 * A scheduler that always offers plenty of time (only the slice's own deadline or the step can
 * end a slice), and a step counter per slice: `counted` wraps a step so it is counted.
 */
function generousScheduler() {
  const stepsPerSlice: number[] = [];
  const schedule: IdleScheduler = (callback) => {
    queueMicrotask(() => {
      stepsPerSlice.push(0);
      callback({ timeRemaining: () => 1000 });
    });
  };
  const counted =
    <T>(step: () => T) =>
    () => {
      stepsPerSlice[stepsPerSlice.length - 1] = (stepsPerSlice.at(-1) ?? 0) + 1;
      return step();
    };
  return { schedule, stepsPerSlice, counted };
}

describe("runInIdleSlices", () => {
  it("reads the clock after every step by default", async () => {
    const { schedule, slices } = exhaustedScheduler();
    let left = 10;
    await runInIdleSlices(() => --left > 0, schedule);
    expect(left).toBe(0);
    expect(slices()).toBe(10);
  });

  it("runs a batch of steps between two clock reads, stopping when the work ends", async () => {
    const { schedule, slices } = exhaustedScheduler();
    let steps = 0;
    await runInIdleSlices(() => ++steps < 10, schedule, 4);
    expect(steps).toBe(10);
    expect(slices()).toBe(3);
  });

  it("yields when the slice's time is up, however few steps ran (slow machines)", async () => {
    // A fake clock: every step takes STEP_MS, as on a machine slow enough for that.
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => now);
    const STEP_MS = 3;
    const { schedule, stepsPerSlice, counted } = generousScheduler();
    let steps = 0;
    await runInIdleSlices(
      counted(() => {
        now += STEP_MS;
        return ++steps < 12;
      }),
      schedule,
    );
    clock.mockRestore();
    expect(steps).toBe(12);
    // 8 ms slices of 3 ms steps: a third step crosses the deadline, then the slice yields.
    expect(Math.max(...stepsPerSlice)).toBe(Math.ceil(MAX_SLICE_MS / STEP_MS));
    expect(stepsPerSlice).toHaveLength(Math.ceil(12 / Math.ceil(MAX_SLICE_MS / STEP_MS)));
  });
});

describe("a step that asks for a fresh slice", () => {
  it("ends the slice it runs in, however much time is left, and the work goes on", async () => {
    // Plenty of time in every slice: only FRESH_SLICE can end one early.
    const { schedule, stepsPerSlice, counted } = generousScheduler();
    let steps = 0;
    await runInIdleSlices(
      counted(() => {
        steps++;
        if (steps === 3) return FRESH_SLICE; // the 4th step is the heavy one
        return steps < 6;
      }),
      schedule,
    );
    expect(steps).toBe(6);
    expect(stepsPerSlice).toEqual([3, 3]);
  });
});

describe("runStepsInIdleSlices", () => {
  it("runs a generator to its end, a step per slice when time is short, and resolves to its value", async () => {
    const { schedule, slices } = exhaustedScheduler();
    function* work(): Generator<void, string> {
      yield;
      yield;
      return "done";
    }
    await expect(runStepsInIdleSlices(work(), schedule)).resolves.toBe("done");
    expect(slices()).toBe(3);
  });

  it("ends a slice where the work yields FRESH_SLICE: the heavy step after it starts the next", async () => {
    // Plenty of time in every slice, and a clock that stands still (a loaded machine must not
    // end a slice by its own deadline): only FRESH_SLICE can end one early.
    const { schedule, stepsPerSlice } = generousScheduler();
    const clock = vi.spyOn(performance, "now").mockReturnValue(0);
    const ran: string[] = [];
    function* work(): Steps<string> {
      ran.push("light");
      yield;
      ran.push("light");
      yield FRESH_SLICE;
      ran.push("heavy");
      yield;
      return "done";
    }
    await expect(runStepsInIdleSlices(work(), schedule)).resolves.toBe("done");
    clock.mockRestore();
    expect(ran).toEqual(["light", "light", "heavy"]);
    expect(stepsPerSlice).toHaveLength(2);
  });

  it("rejects when a step throws", async () => {
    const { schedule } = exhaustedScheduler();
    function* work(): Generator<void, string> {
      yield;
      throw new Error("broken step");
    }
    await expect(runStepsInIdleSlices(work(), schedule)).rejects.toThrow("broken step");
  });
});
