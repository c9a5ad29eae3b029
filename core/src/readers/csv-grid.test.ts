import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvTextToGrid } from "./csv-grid";
import { readWorkbookBytes } from "./read-workbook-bytes";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("csvTextToGrid", () => {
  it("keeps blank and metadata lines as rows and trims only trailing emptiness", () => {
    const text =
      '\nSource:,UNHCR\n\ncountry,value,note\nArmenia,12,\n"Congo, Dem. Rep.",-,"a ""quoted"" word"\n\n';
    const { grid, warnings } = csvTextToGrid(text, { name: "t", delimiter: "," });
    expect(grid.rows).toEqual([
      [],
      ["Source:", "UNHCR"],
      [],
      ["country", "value", "note"],
      ["Armenia", 12],
      ["Congo, Dem. Rep.", "-", 'a "quoted" word'],
    ]);
    expect(grid.width).toBe(3);
    expect(warnings).toEqual([]);
  });

  it("reads decimal commas in a semicolon file once the file shows its convention", () => {
    const text = "region;rate;count\nNorth;12,5;1.234\nSouth;3,25;2.345.678\n";
    const { grid } = csvTextToGrid(text, { name: "t", delimiter: ";" });
    expect(grid.rows.slice(1)).toEqual([
      ["North", 12.5, 1234],
      ["South", 3.25, 2345678],
    ]);
  });

  it("leaves '1,234' as text when nothing in the file settles the decimal mark", () => {
    const { grid } = csvTextToGrid('a,b\n"1,234",7\n', { name: "t", delimiter: "," });
    expect(grid.rows[1]).toEqual(["1,234", 7]);
  });

  it("warns about unbalanced quotes instead of failing", () => {
    const { grid, warnings } = csvTextToGrid('a,b\n"open,1\n2,3\n', { name: "t", delimiter: "," });
    expect(grid.rows.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/Unbalanced quotes/);
  });
});

describe("readWorkbookBytes on CSV files", () => {
  it("round-trips Cyrillic text from a Windows-1251 CSV", () => {
    const text =
      "Регион;Выдано патентов;Доля\nЦентральный федеральный округ;1 234;12,5\nМосква;567;3,5\n";
    const result = readWorkbookBytes(iconv.encode(text, "win1251"), "exports/patents-1251.csv");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.encoding).toBe("windows-1251");
    const [grid] = result.sheets;
    expect(grid?.name).toBe("patents-1251");
    expect(grid?.rows).toEqual([
      ["Регион", "Выдано патентов", "Доля"],
      ["Центральный федеральный округ", 1234, 12.5],
      ["Москва", 567, 3.5],
    ]);
  });

  it("reads a tab-separated file with a UTF-8 BOM and a pipe-separated one", () => {
    const files: Record<string, string> = {
      "bom.tsv": "\ufeffcountry\tvalue\nArmenia\t5\n",
      "pipes.txt": "country|value\nArmenia|5\nGeorgia|6\n",
    };
    for (const [name, text] of Object.entries(files)) {
      const result = readWorkbookBytes(utf8(text), name);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.sheets[0]?.rows.slice(0, 2)).toEqual([
        ["country", "value"],
        ["Armenia", 5],
      ]);
    }
  });

  it("accepts a one-column .csv", () => {
    const result = readWorkbookBytes(utf8("country\nArmenia\nGeorgia\n"), "countries.csv");
    expect(result.ok && result.sheets[0]?.rows).toEqual([["country"], ["Armenia"], ["Georgia"]]);
  });
});
