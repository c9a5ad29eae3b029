import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { createSheetView } from "./sheet-view";
import { sideBySideBands } from "./side-by-side";
import { grid } from "./testing/grid";

const view = (rows: CellValue[][]) => createSheetView(grid(rows, "s"));

describe("tables side by side", () => {
  it("splits a second table with its own year labels after an empty column", () => {
    const v = view([
      ["год", "всего", "финны", null, "фин. год", "Russia", "Finland"],
      [1896, 52136, 6308, null, 1896, 45137, 6308],
      [1897, 29981, 3066, null, 1897, 22750, 3066],
      [1898, 34554, 2607, null, 1898, 27221, 2607],
      [1899, 60982, 6097],
      [1900, 90787, 12612],
    ]);
    expect(sideBySideBands(v, { top: 1, bottom: 5 })).toEqual([
      { top: 1, bottom: 5, left: 0, right: 2, labelled: true },
      { top: 1, bottom: 3, left: 4, right: 6, labelled: true },
    ]);
  });

  it("splits a side without labels whose rows are not the left table's rows", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 10; i++)
      rows.push([1900 + i, 10 + i, 20 + i, null, ...(i >= 3 ? [5, 6, null, 7, 8] : [])]);
    const bands = sideBySideBands(view(rows), { top: 0, bottom: 9 });
    expect(bands?.map((b) => [b.left, b.right, b.top, b.bottom])).toEqual([
      [0, 2, 0, 9],
      [4, 8, 3, 9],
    ]);
  });

  it("keeps a table whole across a blank spacer column when both sides share their rows", () => {
    const v = view([
      ["Country", "Total", null, "Men", "Women"],
      ["France", 10, null, 4, 6],
      ["Spain", 12, null, 5, 7],
      ["Italy", 9, null, 4, 5],
      ["Greece", 3, null, 1, 2],
    ]);
    expect(sideBySideBands(v, { top: 1, bottom: 4 })).toBeUndefined();
  });

  it("keeps a notes column beside a table in it", () => {
    const v = view([
      ["Austria", 10, 11, null, "provisional"],
      ["Belgium", 12, 13],
      ["Cyprus", 9, 8],
    ]);
    expect(sideBySideBands(v, { top: 0, bottom: 2 })).toBeUndefined();
  });

  it("keeps a sparse table whole when its header row crosses the empty column", () => {
    const rows: CellValue[][] = [["varname", "A", "B", "C", "D", "E"]];
    for (let i = 0; i < 10; i++) rows.push([`2009-0${i}`, i, i, null, ...(i >= 3 ? [i, i] : [])]);
    expect(sideBySideBands(view(rows), { top: 1, bottom: 10 })).toBeUndefined();
  });

  it("dates a side table with no row labels by its neighbour's years, under its own header", () => {
    // US check figures beside the main table start three years later ("из всех стран |
    // % из России" under each nationality), on the main table's rows: 1899 is their first year.
    const rows: CellValue[][] = [
      [null, null, null, null, "финны", null, "немцы", null],
      ["фин. год", "финны", "всего", null, "из всех стран", "% из России", "из всех стран", "%"],
    ];
    for (let y = 1896; y <= 1905; y++)
      rows.push([y, y - 1890, 3 * y - 5000, null, ...(y >= 1899 ? [y - 1000, 99.5, 40, 2.5] : [])]);
    const [main, side] = detectTables(grid(rows), { index: null });
    expect(main?.range).toBe("A2:C12");
    expect(side).toMatchObject({ range: "E1:H12", headerRows: [1, 2] });
    expect(side?.dimensions.map((d) => d.kind)).toContain("time");
    expect(side?.periods.years).toEqual([1899, 1900, 1901, 1902, 1903, 1904, 1905]);
  });

  it("lends no years from a neighbour whose rows are not periods", () => {
    const rows: CellValue[][] = [["Country", "2019", "2020", null, "Share", "Rank"]];
    const names = ["France", "Spain", "Italy", "Greece", "Malta", "Cyprus", "Latvia", "Poland"];
    names.forEach((n, i) => rows.push([n, i, i + 1, null, ...(i >= 3 ? [i / 10, i] : [])]));
    const side = detectTables(grid(rows), { index: null })[1];
    expect(side?.dimensions.map((d) => d.kind) ?? []).not.toContain("time");
  });

  it("splits sides under merged source titles of their own, keeps groups that repeat their heads", () => {
    const merge = (c0: number, c1: number) => ({ s: { r: 0, c: c0 }, e: { r: 0, c: c1 } });
    const rows = (heads: CellValue[]): CellValue[][] => [
      [null, "Resettlement to Siberia", null, null, null, "Colonisation of Siberia", null],
      ["province", ...heads],
      ["Akmola", 2474, 21855, 43592, null, 4000, 1.2],
      ["Amur", 314, 1515, 1911, null, 16000, 4.9],
      ["Tomsk", 3641, 32417, 69078, null, 244500, 74.7],
    ];
    const bands = (heads: CellValue[]) =>
      sideBySideBands(createSheetView(grid(rows(heads), "s", [merge(1, 3), merge(5, 6)])), {
        top: 2,
        bottom: 4,
      })?.map((b) => [b.left, b.right]);
    expect(bands([1894, 1895, 1896, null, "1885-1893", "1885-1893%"])).toEqual([
      [0, 3],
      [5, 6],
    ]);
    // "Males | 1990 | 2000" beside "Females | 1990 | 2000": one table in two groups.
    expect(bands([1980, 1990, 2000, null, 1990, 2000])).toBeUndefined();
    // Without the titles the unlabelled side on the same rows stays part of the table.
    expect(
      sideBySideBands(view(rows([1894, 1895, 1896, null, "1885-1893", "1885-1893%"])), {
        top: 2,
        bottom: 4,
      }),
    ).toBeUndefined();
  });
});
