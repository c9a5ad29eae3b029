import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, restoreCsvCell } from "./csv-cell-safety";
import { readCsv, writeCsv } from "./csv-text";
import { fromCsv, toCsv } from "./inventory-csv";
import { inventorySchema } from "./source-record";
import { exampleInventory } from "./testing/example-inventory";

const FORMULA_CHARS = ["=", "+", "-", "@", "\t", "\r"];

describe("CSV injection guard", () => {
  it("puts an apostrophe before every cell a spreadsheet would run as a formula", () => {
    for (const char of FORMULA_CHARS) {
      expect(neutraliseCsvCell(`${char}cmd|' /C calc'!A0`)).toBe(`'${char}cmd|' /C calc'!A0`);
    }
    expect(neutraliseCsvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
  });

  it("leaves ordinary text and plain numbers alone", () => {
    for (const value of ["Migration 2024", "", "-12", "+3.5", "-1e3", "'quoted", "2015-2020"]) {
      expect(neutraliseCsvCell(value)).toBe(value);
    }
    expect(neutraliseCsvCell("-1+2")).toBe("'-1+2");
  });

  it("restores exactly what it neutralised, for any string", () => {
    const unit = fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", "1", " ", "Ж");
    fc.assert(
      fc.property(fc.string({ unit }), (value) => {
        const written = neutraliseCsvCell(value);
        expect(restoreCsvCell(written)).toBe(value);
        // What is written never starts a formula unless it is a plain number.
        expect(/^[=+\-@\t\r]/.test(written) && !/^[+-]?[\d.]/.test(written)).toBe(false);
      }),
    );
  });

  it("writeCsv neutralises and readCsv restores", () => {
    const text = writeCsv([["=1+1", "@SUM(A1)", "ok"]]);
    expect(text).toBe("\uFEFF'=1+1,'@SUM(A1),ok\r\n");
    expect(readCsv(text)).toEqual({ ok: true, rows: [["=1+1", "@SUM(A1)", "ok"]] });
  });

  it("an inventory with formula-like titles survives a CSV round trip", () => {
    const hostile = inventorySchema.parse({
      ...exampleInventory,
      records: exampleInventory.records.map((record, index) => ({
        ...record,
        title: `=HYPERLINK("http://evil.example/${index}","Migration")`,
        producer: index === 0 ? "+44 20 7946 0000" : "-Ministry",
        notes: "@cmd",
      })),
    });
    const csv = toCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/0"",""Migration"")"`);
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
    expect(fromCsv(csv, { owner: hostile.owner ?? "" })).toStrictEqual(hostile);
  });
});
