import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WorkQueue } from "./work-queue";

/** Files of the given names and sizes in a fresh folder. */
function files(spec: readonly [string, number][]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "gapmap-queue-"));
  return spec.map(([name, size]) => {
    const path = join(dir, name);
    writeFileSync(path, Buffer.alloc(size));
    return path;
  });
}

/** Takes files round-robin (thread 0, 1, …) until the queue is empty; what each thread got. */
function drain(queue: WorkQueue, threads: number): number[][] {
  const got: number[][] = Array.from({ length: threads }, () => []);
  for (let t = 0, idle = 0; idle < threads; t = (t + 1) % threads) {
    const i = queue.take(t);
    if (i === undefined) idle++;
    else {
      idle = 0;
      got[t]?.push(i);
    }
  }
  return got;
}

describe("WorkQueue", () => {
  it("hands out every file exactly once, whatever the number of threads", async () => {
    const list = files(
      Array.from({ length: 23 }, (_, i) => [`${i}.${["xlsx", "xls", "csv"][i % 3]}`, i * 100]),
    );
    for (const threads of [1, 2, 3, 5, 30]) {
      const got = drain(await WorkQueue.plan(list, threads), threads);
      expect(got.flat().sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
    }
  });

  it("keeps each thread on one format while it can, largest files first", async () => {
    const list = files([
      ["a.xlsx", 1000],
      ["b.xls", 5000],
      ["c.xlsx", 9000],
      ["d.xls", 3000],
      ["e.xlsx", 4000],
      ["f.xls", 7000],
    ]);
    const queue = await WorkQueue.plan(list, 2);
    // Thread 0 starts on the .xls files (largest first), thread 1 on the .xlsx files.
    expect([queue.take(0), queue.take(0), queue.take(0)]).toEqual([5, 1, 3]);
    expect(queue.take(1)).toBe(2);
    // Thread 0 is out of work: it takes the back of thread 1's run, the smallest file.
    expect(queue.take(0)).toBe(0);
    expect(queue.take(1)).toBe(4);
    expect(queue.take(0)).toBeUndefined();
    expect(queue.take(1)).toBeUndefined();
  });

  it("puts a file that cannot be read at the end of its format, not in the way", async () => {
    const [big, small] = files([
      ["big.csv", 5000],
      ["small.csv", 10],
    ]);
    const list = [join(tmpdir(), "gapmap-no-such-file.csv"), small ?? "", big ?? ""];
    const queue = await WorkQueue.plan(list, 1);
    expect(drain(queue, 1)).toEqual([[2, 1, 0]]);
  });
});
