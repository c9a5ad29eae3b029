import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { createSheetView } from "./sheet-view";
import { sideBySideBands } from "./side-by-side";

function view(rows: CellValue[][]) {
  return createSheetView({
    name: "s",
    rows,
    width: Math.max(...rows.map((r) => r.length)),
    formats: {},
    merges: [],
  });
}

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
      { top: 1, bottom: 5, left: 0, right: 2 },
      { top: 1, bottom: 3, left: 4, right: 6 },
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
});
