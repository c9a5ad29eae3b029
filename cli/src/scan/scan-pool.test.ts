import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scanFiles } from "./scan-files";
import { ScanAborted } from "./scan-pool";

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const workbooks = readdirSync(repo("samples/workbooks")).map((f) => repo(`samples/workbooks/${f}`));
/** Mixed formats, in an order that is neither by format nor by size, with one missing file. */
const mixed = [
  workbooks[1] ?? "",
  repo("samples/inventory.csv"),
  join(tmpdir(), "gapmap-no-such-workbook.xlsx"),
  ...workbooks.slice(2),
  workbooks[0] ?? "",
];

describe("scanning with this thread and worker threads", () => {
  it("reports every file in the order given, the same as one thread", async () => {
    const one = await scanFiles(mixed, { jobs: 1 });
    const done: number[] = [];
    const three = await scanFiles(mixed, {
      jobs: 3,
      onProgress: (p) => done.push(p.filesDone),
    });
    expect(three).toEqual(one);
    expect(three.files.map((f) => f.file)).toEqual(mixed);
    expect(three.files[2]?.ok).toBe(false);
    expect(done.at(-1)).toBe(mixed.length);
  }, 180_000); // starts worker threads from the TypeScript sources: slow on a busy machine

  it("stops when aborted, with ScanAborted, and does not wait for the other files", async () => {
    const controller = new AbortController();
    const many = Array.from({ length: 40 }, (_, i) => workbooks[i % workbooks.length] ?? "");
    const scan = scanFiles(many, {
      jobs: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.filesDone === 1) controller.abort();
      },
    });
    await expect(scan).rejects.toBeInstanceOf(ScanAborted);
  }, 180_000);
});
