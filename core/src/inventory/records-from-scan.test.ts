import { describe, expect, it } from "vitest";
import { InventoryImportError } from "./inventory-import-error";
import { MIN_SCAN_INDICATOR_SCORE, recordsFromScan } from "./records-from-scan";

const table = (overrides: object) => ({
  range: "A3:F20",
  title: "Иностранные граждане по странам",
  unit: "persons",
  indicators: [
    { id: "stock-foreign-citizens", score: 0.92, evidence: 'title "иностранные граждане"' },
    { id: "stock-immigrants", score: MIN_SCAN_INDICATOR_SCORE, evidence: "header" },
    { id: "stock-emigrants", score: MIN_SCAN_INDICATOR_SCORE - 0.01, evidence: "weak" },
  ],
  dimensions: [{ kind: "country", role: "citizenship" }, { kind: "sex" }],
  periods: { years: [2018, 2019, 2021], first: 2018, last: 2021, frequency: "annual" },
  missingShare: 0.1,
  detail: { headerRows: [3] },
  ...overrides,
});

const scan = {
  version: 1,
  files: [
    {
      file: "data/migration.xlsx",
      ok: true,
      sheets: [
        {
          name: "Лист1",
          tables: [
            table({}),
            table({
              range: "H3:K9",
              indicators: [{ id: "stock-refugees-hosted", score: 0.3, evidence: "" }],
            }),
            table({
              range: "A30:D40",
              title: null,
              unit: "thousand USD",
              periods: { years: [2020], first: 2020, last: 2020, frequency: "quarterly" },
              warnings: ['unit "thousand USD" is in USD but the sheet name "in AMD" says AMD'],
            }),
          ],
        },
      ],
    },
    {
      file: "broken.xls",
      ok: false,
      error: { code: "unreadable", message: "bad zip" },
      sheets: [],
    },
  ],
};

describe("recordsFromScan", () => {
  const records = recordsFromScan(scan, { producer: "ArmStat" });

  it("makes one record per table whose best indicator clears the threshold", () => {
    expect(records.map((r) => r.location)).toEqual([
      { kind: "workbook", file: "data/migration.xlsx", sheet: "Лист1", range: "A3:F20" },
      { kind: "workbook", file: "data/migration.xlsx", sheet: "Лист1", range: "A30:D40" },
    ]);
  });

  it("carries indicators at or above the threshold, best first, and the table's facts", () => {
    expect(records[0]).toStrictEqual({
      id: "scan:data/migration.xlsx#Лист1!A3:F20",
      indicators: ["stock-foreign-citizens", "stock-immigrants"],
      location: { kind: "workbook", file: "data/migration.xlsx", sheet: "Лист1", range: "A3:F20" },
      title: "Иностранные граждане по странам",
      producer: "ArmStat",
      notes: "Unit: persons",
      years: [2018, 2019, 2021],
      periodicity: "annual",
      breakdowns: [{ kind: "country", role: "citizenship" }, { kind: "sex" }],
      geography: "national",
      access: "public",
      quality: [],
      proxy: false,
      origin: "scan",
    });
  });

  it("flags unit warnings and maps frequency to periodicity", () => {
    expect(records[1]?.quality).toEqual(["inconsistent-unit"]);
    expect(records[1]?.periodicity).toBe("quarterly");
    expect(records[1]?.title).toBeUndefined();
  });

  it("takes access and the score threshold from options", () => {
    const strict = recordsFromScan(scan, { access: "restricted", minScore: 0.95 });
    expect(strict).toEqual([]);
    expect(recordsFromScan(scan, { access: "restricted" })[0]?.access).toBe("restricted");
  });

  it("rejects malformed scan output with the path at fault", () => {
    expect(() => recordsFromScan({ files: [{ file: "x.xlsx", ok: "yes" }] })).toThrow(
      InventoryImportError,
    );
    expect(() => recordsFromScan({ files: [{ file: "x.xlsx", ok: "yes" }] })).toThrow(
      /files\.0\.ok/,
    );
    const badKind = {
      files: [
        {
          ...scan.files[0],
          sheets: [{ name: "S", tables: [table({ dimensions: [{ kind: "colour" }] })] }],
        },
      ],
    };
    expect(() => recordsFromScan(badKind)).toThrow(/breakdowns\.0\.kind/);
  });
});
