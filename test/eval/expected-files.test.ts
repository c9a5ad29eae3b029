/** The hand-written expectations are valid, cover every sheet and name real catalogue indicators. */
import { findIndicator } from "@gapmap/catalog";
import * as XLSX from "@e965/xlsx";
import { readFileSync, readdirSync } from "node:fs";
import { rangeFromA1 } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { realFixture } from "../fixtures/real-fixtures";
import { nonMigrationWorkbooks } from "../fixtures/non-migration/non-migration-tables";
import { loadExpectedWorkbooks } from "./load-expected";

const expectations = loadExpectedWorkbooks();
const REAL_DIR = realFixture("");
/** The .html pages are for the tag command, not the workbook engine. */
const WORKBOOK_EXTENSIONS = /\.(xlsx|xls|csv)$/;

describe("expected results", () => {
  it("exist for every real workbook and CSV, and for every non-migration control", () => {
    const real = readdirSync(REAL_DIR).filter((f) => WORKBOOK_EXTENSIONS.test(f));
    const controls = nonMigrationWorkbooks().map((w) => w.file);
    expect(expectations.map((e) => e.file).sort()).toEqual([...real, ...controls].sort());
  });

  it.each(expectations.filter((e) => e.set === "real").map((e) => [e.file, e] as const))(
    "%s lists every sheet of the workbook",
    (file, expected) => {
      const names = file.endsWith(".csv")
        ? ["(the CSV's one sheet)"]
        : XLSX.read(readFileSync(realFixture(file)), { bookSheets: true }).SheetNames;
      expect(expected.sheets).toHaveLength(names.length);
      if (!file.endsWith(".csv")) expect(expected.sheets.map((s) => s.name)).toEqual(names);
    },
  );

  it("name only catalogue indicators", () => {
    const unknown = expectations.flatMap((e) =>
      e.sheets.flatMap((s) =>
        s.tables.flatMap((t) => t.indicators.filter((id) => findIndicator(id) === undefined)),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it("give migration tables indicators and non-migration tables none", () => {
    for (const e of expectations)
      for (const s of e.sheets)
        for (const t of s.tables)
          expect(t.indicators.length > 0, `${e.file} ${s.name} ${t.range}`).toBe(e.set === "real");
  });

  it("do not let two tables of a sheet overlap", () => {
    for (const e of expectations)
      for (const s of e.sheets) {
        const rows = s.tables
          .map((t) => rangeFromA1(t.range))
          .filter((r) => r !== undefined)
          .sort((a, b) => a.s.r - b.s.r);
        for (let i = 1; i < rows.length; i++)
          expect(rows[i]?.s.r, `${e.file} ${s.name}`).toBeGreaterThan(rows[i - 1]?.e.r ?? -1);
      }
  });
});
