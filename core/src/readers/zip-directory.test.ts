import { readFile } from "node:fs/promises";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import { findZipEntry, listZipEntries, readZipEntry } from "./zip-directory";

describe("zip central directory", () => {
  it("lists the parts of a real .xlsx and inflates one", async () => {
    const buf = await readFile(
      realFixture("mx_indicadores_migracion_retorno_estatal_2015_BROKEN.xlsx"),
    );
    const entries = listZipEntries(buf);
    expect(entries?.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
      ]),
    );
    expect(entries).toHaveLength(12);
    const rels = entries && findZipEntry(entries, "XL/WORKSHEETS/_RELS/SHEET1.XML.RELS");
    const bytes = rels && readZipEntry(buf, rels, 1 << 20);
    expect(bytes && new TextDecoder().decode(bytes)).toContain("../drawings/drawing1.xml");
    // A cap below the real size refuses the entry instead of returning a truncated part.
    expect(rels && readZipEntry(buf, rels, 16)).toBeUndefined();
  });

  it("returns undefined for a truncated zip or other bytes", async () => {
    const buf = await readFile(realFixture("eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx"));
    expect(listZipEntries(buf.subarray(0, buf.length - 30))).toBeUndefined();
    expect(
      listZipEntries(Buffer.from("not a zip at all, just some text padding it out")),
    ).toBeUndefined();
  });
});
