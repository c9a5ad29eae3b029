import { describe, expect, it } from "vitest";
import { derivedBlocksInNotes, derivedNote } from "./derived-note";
import { MIN_SCAN_INDICATOR_SCORE, recordsFromScan } from "./records-from-scan";

describe("derived blocks in a record's notes", () => {
  const blocks = [
    { kind: "change" as const, range: "A20:F30", label: "Change (%)" },
    { kind: "distribution" as const, range: "A34:F44", label: 'Share "by" region; \\ total' },
  ];

  it("reads back what it wrote, after other notes, quotes and all", () => {
    const notes = `Unit: persons ${derivedNote(blocks)}`;
    expect(derivedBlocksInNotes(notes)).toEqual(blocks);
    expect(derivedNote([])).toBe("");
    expect(derivedBlocksInNotes("Unit: persons")).toEqual([]);
  });
});

describe("recordsFromScan and derived blocks", () => {
  const indicators = [{ id: "stock-foreign-citizens", score: 0.9 }];
  const base = { title: null, unit: null, indicators, dimensions: [], warnings: [] };
  const change = { range: "A12:D20", kind: "change", label: "Change (%)" };
  const scan = {
    files: [
      {
        file: "stocks.xlsx",
        ok: true,
        sheets: [
          {
            name: "Data",
            tables: [
              { ...base, range: "A1:D10", detail: { derived: [change] } },
              { ...base, range: "A12:D20", detail: { derivedOf: { ...change, range: "A1:D10" } } },
            ],
          },
        ],
      },
    ],
  };

  it("records the table, naming its block, and not the block that restates it", () => {
    const records = recordsFromScan(scan);
    expect(records.map((r) => r.location)).toEqual([
      { kind: "workbook", file: "stocks.xlsx", sheet: "Data", range: "A1:D10" },
    ]);
    expect(derivedBlocksInNotes(records[0]?.notes)).toEqual([change]);
  });

  it("keeps a block a person chose to record", () => {
    const records = recordsFromScan(scan, {
      keepDerived: true,
      minScore: MIN_SCAN_INDICATOR_SCORE,
    });
    expect(records.map((r) => r.location)).toHaveLength(2);
  });
});
