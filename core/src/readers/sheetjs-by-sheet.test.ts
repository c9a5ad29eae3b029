import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import type { ReadProgress } from "./read-result";
import { readWithSheetJs } from "./read-sheetjs-workbook";
import { groupSheets } from "./sheetjs-by-sheet";

const REAL_XLSX = readdirSync(dirname(realFixture("x"))).filter((f) => f.endsWith(".xlsx"));

describe("reading .xlsx sheet by sheet", () => {
  it("finds the real workbooks to compare", () => {
    expect(REAL_XLSX.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of REAL_XLSX) {
    it(`${name}: the same grids and warnings as one SheetJS call, with rising progress`, async () => {
      const bytes = new Uint8Array(await readFile(realFixture(name)));
      const steps: ReadProgress[] = [];
      const bySheet = readWithSheetJs(bytes, name, (p) => steps.push(p), "xlsx");
      const oneCall = readWithSheetJs(bytes, name, () => undefined, "other");
      expect(bySheet.sheets).toEqual(oneCall.sheets);
      expect(bySheet.warnings).toEqual(oneCall.warnings);
      const fractions = steps.map((s) => s.fraction);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(fractions.at(-1)).toBeCloseTo(1, 5);
      // The bar moves while unzipping, not only between sheets.
      expect(steps.filter((s) => s.stage === "parsing" && s.fraction > 0).length).toBeGreaterThan(
        3,
      );
    });
  }

  it("reads the document properties a producer can be guessed from, either way", async () => {
    const bytes = new Uint8Array(
      await readFile(realFixture("unhcr_global_trends_2015_annex_tables.xlsx")),
    );
    for (const kind of ["xlsx", "other"] as const) {
      const { properties } = readWithSheetJs(bytes, "unhcr.xlsx", () => undefined, kind);
      expect(properties.company).toBe("UNHCR");
      expect(properties.author).toBe("Tarek Abou Chabake");
    }
    // An empty Company element is no company.
    const cba = "cba_armenia_money_transfers_by_countries_2024-09.xlsx";
    const empty = readWithSheetJs(
      new Uint8Array(await readFile(realFixture(cba))),
      cba,
      () => undefined,
      "xlsx",
    );
    expect(empty.properties.company).toBeUndefined();
  });

  it("groups sheets by size into at most the calls asked for, in order", () => {
    const sizes = [5, 5, 5, 5, 80, 1, 1, 1, 1, 1];
    const groups = groupSheets(sizes, 4);
    expect(groups.flat()).toEqual(sizes.map((_, i) => i));
    expect(groups.length).toBeLessThanOrEqual(5);
    expect(groups).toContainEqual([4]);
    expect(groupSheets([], 10)).toEqual([]);
  });
});
