import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookFile } from "./read-workbook";
import { makeTempDir, type TempDir } from "./test-support/temp-dir";

const ROWS = 1_000_000;
const WRITE_BATCH = 10_000;

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

/** Row i of the generated table; "*" marks a suppressed flag, as in UNHCR exports. */
function rowFor(i: number): [string, number, string, number, string] {
  return [`Country ${i % 250}`, 2000 + (i % 24), i % 2 ? "F" : "M", i * 3, i % 97 === 0 ? "*" : ""];
}

async function writeMillionRowCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write("country,year,sex,value,flag\n");
  for (let start = 0; start < ROWS; start += WRITE_BATCH) {
    let chunk = "";
    for (let i = start; i < start + WRITE_BATCH; i++) {
      chunk += `${rowFor(i).join(",")}\n`;
    }
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

describe("a sheet of one million rows", () => {
  it("loads from CSV without crashing, with every row typed", async () => {
    const path = temp.path("million.csv");
    await writeMillionRowCsv(path);
    let progressReports = 0;
    const result = await readWorkbookFile(path, { onProgress: () => (progressReports += 1) });
    if (!result.ok) throw new Error(result.error.message);
    const [grid] = result.sheets;
    expect(grid?.rows.length).toBe(ROWS + 1);
    expect(grid?.width).toBe(5);
    // Grid row r + 1 holds generated row r (row 0 is the header); empty flags are dropped.
    const last = rowFor(ROWS - 1);
    expect(grid?.rows[ROWS]).toEqual(last[4] === "" ? last.slice(0, 4) : last);
    expect(grid?.rows[98]).toEqual(rowFor(97));
    expect(progressReports).toBeGreaterThan(10);
  });
});
