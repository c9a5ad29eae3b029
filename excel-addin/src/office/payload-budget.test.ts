import { describe, expect, it } from "vitest";
import { MAX_CELLS_PER_READ, planReadBatches, rowsPerBlock } from "./payload-budget";

describe("planReadBatches", () => {
  const options = { budgetBytes: 10_000, bytesPerCell: 10 };

  it("keeps every sync within the budget and covers every row exactly once", () => {
    const sheets = [
      { sheet: 0, rowCount: 250, columnCount: 7 },
      { sheet: 1, rowCount: 0, columnCount: 0 },
      { sheet: 2, rowCount: 33, columnCount: 40 },
    ];
    const batches = planReadBatches(sheets, options);
    for (const batch of batches) expect(batch.estimatedBytes).toBeLessThanOrEqual(10_000);
    for (const { sheet, rowCount } of sheets) {
      const blocks = batches.flatMap((b) => b.blocks).filter((b) => b.sheet === sheet);
      let next = 0;
      for (const block of blocks) {
        expect(block.startRow).toBe(next);
        next += block.rowCount;
      }
      expect(next).toBe(rowCount);
    }
    // 250*7*10 + 33*40*10 = 30,700 bytes: four syncs of at most 10,000.
    expect(batches).toHaveLength(4);
  });

  it("caps a block at Excel's 5,000,000-cell read limit", () => {
    expect(rowsPerBlock(10, { budgetBytes: Number.MAX_SAFE_INTEGER })).toBe(
      MAX_CELLS_PER_READ / 10,
    );
  });
});
