import { describe, expect, it } from "vitest";
import { runInIdleSlices, type IdleScheduler } from "./idle-slices";

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
});
