import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { profileColumns } from "./column-roles";
import { createSheetView } from "./sheet-view";

function roleOfFirstColumn(rows: CellValue[][], header: string) {
  const v = createSheetView({ name: "s", rows, width: 2, formats: {}, merges: [] });
  const body = rows.map((_, r) => r);
  return profileColumns(v, body, [0, 1], (c) => (c === 0 ? header : ""))[0]?.role;
}

const years = (from: number, to: number): CellValue[][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, 1000 + i * 7]);

describe("year columns", () => {
  it("label the rows when a sum and a share row follow the years", () => {
    const rows = [...years(1896, 1916), ["1896-1916", 40000], ["%", 100]];
    expect(roleOfFirstColumn(rows, "кал. год")).toBe("label");
  });

  it("take historical years under a plural time header («годы»)", () => {
    expect(roleOfFirstColumn([...years(1876, 1915), ["1876-1915", 1]], "годы")).toBe("label");
  });

  it("stay values when labels other than years are many", () => {
    const rows = [...years(2001, 2006), ["a", 1], ["b", 2], ["c", 3], ["d", 4]];
    expect(roleOfFirstColumn(rows, "")).not.toBe("label");
  });
});
