import { describe, expect, it } from "vitest";
import { OfficeAdapterError } from "./office-errors";
import { ESTIMATED_BYTES_PER_CELL, PAYLOAD_BUDGET_BYTES } from "./payload-budget";
import { readWorkbookGrids, type ReadProgress } from "./read-workbook";
import { FakeExcel, type FakeSheet } from "./testing/fake-excel";

function sheetOf(name: string, rows: number, cols: number): FakeSheet {
  return {
    name,
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (r === 0 ? `h${c}` : r * 100 + c)),
    ),
  };
}

describe("readWorkbookGrids", () => {
  it("reads 20 sheets in a handful of syncs, never one per sheet", async () => {
    const fake = new FakeExcel({
      sheets: Array.from({ length: 20 }, (_, i) => sheetOf(`S${i}`, 50, 6)),
    });
    const progress: ReadProgress[] = [];
    const grids = await readWorkbookGrids({
      excel: fake.excel,
      onProgress: (p) => progress.push(p),
    });
    expect(grids).toHaveLength(20);
    expect(fake.syncCount).toBe(3);
    expect(grids[7]?.rows[2]).toEqual([200, 201, 202, 203, 204, 205]);
    expect(progress.map((p) => p.sheetName)).toEqual(grids.map((g) => g.name));
    expect(progress.at(-1)).toEqual({ sheetName: "S19", done: 20, total: 20 });
  });

  it("loads names, then used ranges, then blocks: each step after the sync it depends on", async () => {
    const fake = new FakeExcel({ sheets: [sheetOf("A", 3, 2), sheetOf("B", 2, 2)] });
    await readWorkbookGrids({ excel: fake.excel });
    const [sync1 = -1, sync2 = -1] = fake.log.flatMap((entry, i) => (entry === "sync" ? [i] : []));
    const firstIndex = (prefix: string) => fake.log.findIndex((e) => e.startsWith(prefix));
    const lastIndex = (prefix: string) => fake.log.findLastIndex((e) => e.startsWith(prefix));
    expect(lastIndex("load worksheets")).toBeLessThan(sync1);
    expect(firstIndex("load used:")).toBeGreaterThan(sync1);
    expect(lastIndex("load used:")).toBeLessThan(sync2);
    expect(firstIndex("load range:")).toBeGreaterThan(sync2);
    expect(fake.log).toContain("load range:A values,valueTypes,numberFormat");
  });

  it("splits blocks at the payload budget and packs them into as few syncs as fit", async () => {
    const cols = 10;
    const rowsPerBudget = Math.floor(PAYLOAD_BUDGET_BYTES / (cols * ESTIMATED_BYTES_PER_CELL));
    const fake = new FakeExcel({ sheets: [sheetOf("Big", rowsPerBudget * 2 + 5, cols)] });
    const [grid] = await readWorkbookGrids({ excel: fake.excel });
    const blockLoads = fake.log.filter((e) => e.startsWith("load range:"));
    expect(blockLoads).toHaveLength(3);
    expect(fake.syncCount).toBe(2 + 3);
    expect(grid?.rows).toHaveLength(rowsPerBudget * 2 + 5);
    expect(grid?.rows[rowsPerBudget * 2 + 4]?.[9]).toBe((rowsPerBudget * 2 + 4) * 100 + 9);
  });

  it("retries a sync in halves when Excel says the response is too large", async () => {
    const fake = new FakeExcel({ sheets: [sheetOf("A", 40, 4)] });
    const responseLimit = 2_000;
    fake.responseLimitBytes = responseLimit;
    const [grid] = await readWorkbookGrids({
      excel: fake.excel,
      budget: { budgetBytes: 1_000_000 },
    });
    expect(grid?.rows).toHaveLength(40);
    expect(grid?.rows[39]).toEqual([3900, 3901, 3902, 3903]);
    expect(fake.responseBytes.some((bytes) => bytes > responseLimit)).toBe(true);
    expect(fake.responseBytes.at(-1)).toBeLessThanOrEqual(responseLimit);
  });

  it("converts dates, errors, formats, offsets and merged areas into the grid", async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: "Data",
          rowIndex: 1,
          columnIndex: 1,
          values: [
            ["Year", "Count", ""],
            [43861, "#N/A", true],
          ],
          numberFormat: [
            ["General", "General", "General"],
            ["yyyy-mm-dd", "General", "General"],
          ],
          merged: "Data!B2:C2",
        },
        { name: "Empty", values: [] },
      ],
    });
    const [data, empty] = await readWorkbookGrids({ excel: fake.excel });
    expect(data?.rows).toEqual([[], [null, "Year", "Count"], [null, "2020-01-31", "#N/A", true]]);
    expect(data?.width).toBe(4);
    expect(data?.formats).toEqual({ B3: "yyyy-mm-dd" });
    expect(data?.merges).toEqual([{ s: { r: 1, c: 1 }, e: { r: 1, c: 2 } }]);
    expect(empty).toEqual({ name: "Empty", rows: [], width: 0, formats: {}, merges: [] });
  });

  it("reads a report sheet with more than 512 merged areas (Excel refuses them in one call)", async () => {
    const rows = 700;
    const merged = Array.from({ length: rows }, (_, r) => `'Report'!A${r + 1}:B${r + 1}`);
    const fake = new FakeExcel({
      sheets: [
        sheetOf("Plain", 3, 2),
        { ...sheetOf("Report", rows, 3), merged: merged.join(", ") },
      ],
    });
    const [plain, report] = await readWorkbookGrids({ excel: fake.excel });
    expect(plain?.rows).toHaveLength(3);
    expect(report?.rows).toHaveLength(rows);
    expect(report?.merges).toHaveLength(rows);
    expect(new Set(report?.merges.map((m) => m.s.r))).toEqual(
      new Set(Array.from({ length: rows }, (_, r) => r)),
    );
    expect(report?.merges[0]).toEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } });
  });

  it("turns cell-edit mode into a typed error with advice", async () => {
    const fake = new FakeExcel({ sheets: [sheetOf("A", 2, 2)] });
    fake.failNextSyncWith = "InvalidOperationInCellEditMode";
    const error = await readWorkbookGrids({ excel: fake.excel }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect((error as OfficeAdapterError).kind).toBe("busy");
    expect((error as OfficeAdapterError).userMessage).toMatch(/Enter or Esc/);
  });
});
