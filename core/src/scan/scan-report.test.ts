import { describe, expect, it } from "vitest";
import type { DetectedTable } from "../tables/schema";
import { scanTableSchema, toScanTable } from "./scan-report";

const table = (indicators: DetectedTable["indicators"]): DetectedTable => ({
  sheet: "migration_permits_issued",
  range: "A1:K388",
  title: null,
  unit: null,
  unitSource: null,
  headerRows: [1],
  labelColumns: ["A"],
  valueColumnCount: 1,
  bodyRowCount: 387,
  indicators,
  dimensions: [],
  periods: {
    years: [],
    first: null,
    last: null,
    frequency: "none",
    quarters: [],
    months: [],
    holes: [],
  },
  missingShare: 0,
  warnings: [],
});

describe("toScanTable", () => {
  it("keeps a guess marked and says which words it shares", () => {
    const scan = toScanTable(
      table([
        {
          id: "flow-residence-permits",
          score: 0.14,
          guess: true,
          evidence: [
            {
              where: "sheet",
              text: "migration_permits_issued",
              matched: "First residence permits issued",
              words: ["permits", "issued"],
            },
          ],
        },
      ]),
    );
    expect(scanTableSchema.parse(scan)).toEqual(scan);
    expect(scan.indicators[0]).toEqual({
      id: "flow-residence-permits",
      score: 0.14,
      guess: true,
      evidence:
        'sheet "migration_permits_issued" shares "permits", "issued"; with "First residence permits issued"',
    });
  });

  it("says what a guess from the table's content rests on", () => {
    const scan = toScanTable(
      table([
        {
          id: "flow-net-migration",
          score: 0.15,
          guess: true,
          basis: ["signed values (a balance)"],
          evidence: [
            { where: "file", text: "migration", matched: "net migration", words: ["migration"] },
          ],
        },
      ]),
    );
    expect(scan.indicators[0]?.evidence).toBe(
      'file "migration" shares "migration"; with "net migration"; table holds signed values (a balance)',
    );
  });

  it("writes a named match's evidence as before, without the guess flag", () => {
    const scan = toScanTable(
      table([
        {
          id: "flow-immigration",
          score: 0.8,
          evidence: [{ where: "title", text: "Immigrants", matched: "immigrants", words: [] }],
        },
      ]),
    );
    expect(scan.indicators[0]).toEqual({
      id: "flow-immigration",
      score: 0.8,
      evidence: 'title "Immigrants" matched "immigrants"',
    });
  });
});
