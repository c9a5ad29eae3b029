import { readFile } from "node:fs/promises";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import { baseNameWithoutExtension, readWorkbookBytes } from "./read-workbook-bytes";
import type { ReadProgress } from "./read-result";
import { encryptedOfficeContainer } from "./testing/build-workbooks";
import { pseudoRandomBytes } from "./testing/pseudo-random-bytes";

/** A plain Uint8Array copy, so nothing Buffer-specific can leak into the reader. */
async function fixtureBytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(realFixture(name)));
}

describe("readWorkbookBytes", () => {
  it("reads a real .xlsx from plain bytes and reports progress per sheet", async () => {
    const progress: ReadProgress[] = [];
    const result = readWorkbookBytes(
      await fixtureBytes("mx_tabla1_migracion_de_retorno_2020.xlsx"),
      "mx_tabla1_migracion_de_retorno_2020.xlsx",
      { onProgress: (p) => progress.push(p) },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.format).toBe("xlsx");
    expect(result.sheets.length).toBeGreaterThan(0);
    const sheetsReported = new Set(progress.map((p) => p.sheetName).filter(Boolean));
    expect(sheetsReported.size).toBe(result.sheets.length);
    expect(progress.at(-1)?.fraction).toBe(1);
  });

  it("turns bad input into coded results, never exceptions", () => {
    const refused = (bytes: Uint8Array, name: string, maxFileBytes?: number) => {
      const r = readWorkbookBytes(bytes, name, maxFileBytes ? { limits: { maxFileBytes } } : {});
      return r.ok ? "ok" : r.error.code;
    };
    expect(refused(new Uint8Array(0), "a.xlsx")).toBe("empty-workbook");
    expect(refused(pseudoRandomBytes(4096), "a.xlsx")).toBe("corrupt-file");
    expect(refused(pseudoRandomBytes(4096), "a.bin")).toBe("not-a-spreadsheet");
    expect(refused(encryptedOfficeContainer(), "locked.xlsx")).toBe("password-protected");
    expect(refused(new TextEncoder().encode("a,b\n1,2\n"), "t.csv", 4)).toBe("too-large");
  });

  it("names messages after the file it was given", () => {
    const r = readWorkbookBytes(pseudoRandomBytes(64), "C:\\data\\broken.xlsx");
    expect(r.ok ? "" : r.error.message).toContain("C:\\data\\broken.xlsx");
  });
});

describe("baseNameWithoutExtension", () => {
  it("drops folders of either slash and the last extension only", () => {
    expect(baseNameWithoutExtension("a/b/report 2020.v2.csv")).toBe("report 2020.v2");
    expect(baseNameWithoutExtension("C:\\x\\data.tsv")).toBe("data");
    expect(baseNameWithoutExtension(".hidden")).toBe(".hidden");
  });
});
