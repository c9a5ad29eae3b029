import { describe, expect, test } from "vitest";
import { translator } from "../i18n/index";
import { createFakeChromeApi } from "../platform/fake-chrome-api";
import { loadInventory, saveRecord } from "../platform/inventory-store";
import { webRecord } from "../testing/web-record";
import {
  describeMerge,
  exportInventoryFile,
  importInventoryFile,
  readInventoryFile,
} from "./inventory-files";

const record = (id: string, title: string) => webRecord(id, undefined, { title });

const bytes = (data: string | Uint8Array) =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;

describe("inventory files in the side panel", () => {
  test.each(["json", "csv", "xlsx"] as const)(
    "%s export reads back to the same records",
    async (format) => {
      const api = createFakeChromeApi();
      await saveRecord(record("r1", "Asylum 2014"), api);
      const file = await exportInventoryFile(format, api);
      expect(file.name).toBe(`gapmap-inventory.${format}`);
      const back = await readInventoryFile(file.name, bytes(file.data));
      expect(back.records.map((r) => [r.id, r.title, r.years])).toEqual([
        ["r1", "Asylum 2014", [2013, 2014]],
      ]);
    },
  );

  test("a page title that looks like a formula is neutralised in CSV and restored on import", async () => {
    const api = createFakeChromeApi();
    const title = '=HYPERLINK("http://evil.example","Asylum")';
    await saveRecord(record("r1", title), api);
    const file = await exportInventoryFile("csv", api);
    expect(String(file.data)).toContain(`"'=HYPERLINK(`);
    expect((await readInventoryFile(file.name, bytes(file.data))).records[0]?.title).toBe(title);
  });

  test("import merges: an identical record is a duplicate, a different one a conflict", async () => {
    const api = createFakeChromeApi();
    await saveRecord(record("r1", "Asylum 2014"), api);
    const same = await exportInventoryFile("csv", api);
    const dup = await importInventoryFile("same.csv", bytes(same.data), api);
    expect(dup.duplicates).toHaveLength(1);
    expect((await loadInventory(api)).records).toHaveLength(1);

    const other = createFakeChromeApi();
    await saveRecord(record("r1", "Asylum applications 2014 (revised)"), other);
    const changed = await exportInventoryFile("json", other);
    const result = await importInventoryFile("theirs.json", bytes(changed.data), api);
    expect(result.conflicts).toHaveLength(1);
    // Nothing replaced silently: both versions are kept, and the report says so.
    expect((await loadInventory(api)).records).toHaveLength(2);
    expect(describeMerge(result, translator("en")).join("\n")).toMatch(
      /^Conflict: r1 \(theirs\.json\) ↔ r1 \(this browser\) differ in title/m,
    );
    // In the UI language: the words, this browser's name and the field labels.
    const french = describeMerge(result, translator("fr")).join("\n");
    expect(french).toMatch(
      /^Conflit : r1 \(theirs\.json\) ↔ r1 \(ce navigateur\) diffèrent sur titre/m,
    );
    const arabic = describeMerge(result, translator("ar")).join("\n");
    expect(arabic).toContain("هذا المتصفح");
    expect(arabic).toContain(translator("ar")("fieldTitle"));
  });

  test("an unknown file type is refused", async () => {
    await expect(readInventoryFile("notes.txt", new Uint8Array())).rejects.toThrow(/\.json/);
  });
});
