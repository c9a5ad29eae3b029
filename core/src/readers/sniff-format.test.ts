import { readFile } from "node:fs/promises";
import * as XLSX from "@e965/xlsx";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import { resolvePartPath } from "./package-integrity";
import { hasSpreadsheetExtension, sniffFormat } from "./sniff-format";
import { bookOf, encryptedOfficeContainer, writeWorkbook } from "./testing/build-workbooks";
import { pseudoRandomBytes } from "./testing/pseudo-random-bytes";

describe("sniffFormat", () => {
  it("recognises real workbooks by their bytes", async () => {
    const kind = async (name: string) => sniffFormat(await readFile(realFixture(name))).kind;
    expect(await kind("unhcr_global_trends_2015_annex_tables.xlsx")).toBe("xlsx");
    expect(await kind("worldbank_API_SM.POP.NETM_net_migration_en.xls")).toBe("xls");
    expect(await kind("unhcr_popstats_export_2015-07-09.csv")).toBe("text");
    expect(await kind("swissinfo_asylum_positive_decisions_2014_fr.html")).toBe("other-document");
  });

  it("recognises ODS, encrypted containers, damage and noise", () => {
    const ods = writeWorkbook(bookOf({ S: XLSX.utils.aoa_to_sheet([[1]]) }), "ods");
    expect(sniffFormat(ods).kind).toBe("ods");
    expect(sniffFormat(encryptedOfficeContainer()).kind).toBe("encrypted");
    expect(sniffFormat(ods.subarray(0, 200))).toEqual({ kind: "damaged", container: "zip" });
    expect(sniffFormat(pseudoRandomBytes(4096)).kind).toBe("binary");
  });

  it("knows which names claim a spreadsheet", () => {
    expect(hasSpreadsheetExtension("a.XLSX")).toBe(true);
    expect(hasSpreadsheetExtension("a.bin")).toBe(false);
  });
});

describe("resolvePartPath", () => {
  it("resolves relationship targets as OPC does", () => {
    expect(resolvePartPath("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml",
    );
    expect(resolvePartPath("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolvePartPath("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolvePartPath("xl/workbook.xml", "worksheets/sheet%201.xml")).toBe(
      "xl/worksheets/sheet 1.xml",
    );
  });
});
