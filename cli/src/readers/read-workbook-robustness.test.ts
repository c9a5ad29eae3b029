import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import * as XLSX from "@e965/xlsx";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookFile } from "./read-workbook";
import type { WorkbookReadResult } from "@gapmap/core/readers";
import { bookOf, encryptedOfficeContainer, writeWorkbook } from "@gapmap/core/readers/testing";
import { pseudoRandomBytes } from "@gapmap/core/readers/testing";
import { makeTempDir, type TempDir } from "./test-support/temp-dir";

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

async function readBytes(name: string, bytes: Uint8Array | string): Promise<WorkbookReadResult> {
  const path = temp.path(name);
  await writeFile(path, bytes);
  return readWorkbookFile(path);
}

function expectError(result: WorkbookReadResult, code: string): string {
  expect(result.ok).toBe(false);
  if (result.ok) return "";
  expect(result.error.code).toBe(code);
  // One sentence the user can act on: no stack frames, no line breaks.
  expect(result.error.message).not.toMatch(/\n|\bat .+:\d+:\d+/);
  expect(result.error.message).toMatch(/;.+\.$/);
  return result.error.message;
}

describe("readWorkbookFile on bad input", () => {
  it("reports a truncated .xlsx as corrupt, wherever it was cut", async () => {
    const original = await readFile(realFixture("unhcr_global_trends_2015_annex_tables.xlsx"));
    for (const share of [0.05, 0.5, 0.95, 0.9999]) {
      const cut = original.subarray(0, Math.floor(original.length * share));
      const message = expectError(await readBytes(`truncated-${share}.xlsx`, cut), "corrupt-file");
      expect(message).toContain("truncated-");
    }
  });

  it("reports random bytes as corrupt when named .xlsx and as not a spreadsheet otherwise", async () => {
    const noise = pseudoRandomBytes(8192);
    expectError(await readBytes("noise.xlsx", noise), "corrupt-file");
    expectError(await readBytes("noise.bin", noise), "not-a-spreadsheet");
  });

  it("reports a password-protected (encrypted) Office file", async () => {
    const message = expectError(
      await readBytes("locked.xlsx", encryptedOfficeContainer()),
      "password-protected",
    );
    expect(message).toMatch(/remove the password/);
  });

  it("reports a workbook without any data as empty, in every binary format", async () => {
    const empty = bookOf({ Sheet1: XLSX.utils.aoa_to_sheet([]) });
    expectError(await readBytes("empty.xlsx", writeWorkbook(empty, "xlsx")), "empty-workbook");
    expectError(await readBytes("empty.ods", writeWorkbook(empty, "ods")), "empty-workbook");
    expectError(await readBytes("empty.xls", writeWorkbook(empty, "biff8")), "empty-workbook");
    expectError(await readBytes("empty.csv", ""), "empty-workbook");
    expectError(await readBytes("blank.csv", "\n\n  \n"), "empty-workbook");
  });

  it("refuses a prose text file and an HTML page", async () => {
    const prose =
      "Meeting notes\nWe discussed the migration profile.\nNext steps: collect the data.\n";
    expectError(await readBytes("notes.txt", prose), "not-a-spreadsheet");
    expectError(
      await readBytes("table.xls", "<!DOCTYPE html><html><table></table></html>"),
      "unsupported-format",
    );
    expectError(
      await readBytes("report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"),
      "not-a-spreadsheet",
    );
  });

  it("reports a missing file, a folder and a file over the size limit", async () => {
    expectError(await readWorkbookFile(temp.path("does-not-exist.xlsx")), "not-found");
    const folder = temp.path("folder.xlsx");
    await mkdir(folder);
    expectError(await readWorkbookFile(folder), "not-a-file");
    const big = realFixture("unhcr_popstats_export_2015-07-09.csv");
    const limited = await readWorkbookFile(big, { limits: { maxFileBytes: 100_000 } });
    expect(expectError(limited, "too-large")).toMatch(/limit 1 MB/);
  });

  it("refuses a zip bomb before inflating it", async () => {
    const book = bookOf({ Data: XLSX.utils.aoa_to_sheet([["x", 1]]) });
    await writeFile(temp.path("small.xlsx"), writeWorkbook(book, "xlsx"));
    const result = await readWorkbookFile(temp.path("small.xlsx"), {
      limits: { maxUncompressedBytes: 1000 },
    });
    expectError(result, "too-large");
  });

  it("reads the damaged Mexican workbook and names the missing drawing part", async () => {
    const result = await readWorkbookFile(
      realFixture("mx_indicadores_migracion_retorno_estatal_2015_BROKEN.xlsx"),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [sheet] = result.sheets;
    expect(sheet?.rows[0]?.[0]).toBe("CVE_ENT");
    expect(sheet?.rows[1]?.[1]).toBe(1312544);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("xl/drawings/drawing1.xml");
    expect(result.warnings[0]).toContain('Sheet "Sheet 1"');
  });

  it("writes nothing next to the input file", async () => {
    const input = realFixture("eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx");
    const before = await readdir(dirname(input));
    const result = await readWorkbookFile(input);
    expect(result.ok).toBe(true);
    expect(await readdir(dirname(input))).toEqual(before);
  });

  it("keeps going when the progress callback throws, and reports progress up to 1", async () => {
    const fractions: number[] = [];
    const result = await readWorkbookFile(realFixture("mx_tabla1_migracion_de_retorno_2020.xlsx"), {
      onProgress: (info) => {
        fractions.push(info.fraction);
        throw new Error("progress bar broke");
      },
    });
    expect(result.ok).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });
});
