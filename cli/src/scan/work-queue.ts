/**
 * Which file each thread of a scan reads next. Measured on a folder of 200 workbooks, a thread's
 * first files cost about three times its later ones: V8 compiles the readers a file needs and
 * the catalogue's lazy indexes fill up. The .xlsx reader and the .xls reader share almost no
 * code, so a thread that reads only one format warms up only for that one.
 *
 * So the files are ordered by format, then largest first, and cut into one run per thread of
 * about equal size. A thread reads its own run from the front; when it is empty it takes the
 * back half of the largest run left (work stealing), which keeps each thread on few formats and
 * leaves the small files for the end, where they even out the finish. Reports keep the order
 * the files were given in; only the work is reordered.
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";

/** What a file costs, roughly, beyond its bytes: opening it, and one sheet's detection. */
const PER_FILE_BYTES = 16_384;

interface Run {
  /** Positions in `order`: the run is order[start..end). */
  start: number;
  end: number;
}

export class WorkQueue {
  private readonly runs: Run[];

  private constructor(
    private readonly order: readonly number[],
    costs: readonly number[],
    threads: number,
  ) {
    this.runs = cutRuns(
      order.map((i) => costs[i] ?? 0),
      threads,
    );
  }

  /** The queue of `files` for `threads` threads (numbered from 0). */
  static async plan(files: readonly string[], threads: number): Promise<WorkQueue> {
    const sizes = await Promise.all(
      files.map((f) =>
        stat(f).then(
          (s) => s.size,
          () => 0, // the scan reports the error; here it only orders the work
        ),
      ),
    );
    const format = (i: number) => extname(files[i] ?? "").toLowerCase();
    const order = files
      .map((_, i) => i)
      .sort(
        (a, b) => format(a).localeCompare(format(b)) || (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b,
      );
    return new WorkQueue(
      order,
      sizes.map((s) => s + PER_FILE_BYTES),
      threads,
    );
  }

  /** The index (in `files`) of the next file for `thread`, or undefined when all are taken. */
  take(thread: number): number | undefined {
    const run = this.runs[thread];
    if (!run) return undefined;
    if (run.start === run.end) {
      const victim = this.largestRun();
      if (!victim) return undefined;
      const middle = victim.start + Math.floor((victim.end - victim.start) / 2);
      run.start = middle;
      run.end = victim.end;
      victim.end = middle;
    }
    return this.order[run.start++];
  }

  private largestRun(): Run | undefined {
    let best: Run | undefined;
    for (const r of this.runs)
      if (r.end > r.start && (!best || r.end - r.start > best.end - best.start)) best = r;
    return best;
  }
}

/** Cuts a list into `count` consecutive runs of about equal total cost. */
function cutRuns(costs: readonly number[], count: number): Run[] {
  const total = costs.reduce((a, b) => a + b, 0);
  const runs: Run[] = [];
  let start = 0;
  let sum = 0;
  for (let i = 0; i < costs.length && runs.length < count - 1; i++) {
    sum += costs[i] ?? 0;
    if (sum >= (total * (runs.length + 1)) / count) {
      runs.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  runs.push({ start, end: costs.length });
  while (runs.length < count) runs.push({ start: costs.length, end: costs.length });
  return runs;
}
