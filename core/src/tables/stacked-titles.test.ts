import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { grid } from "./testing/grid";

const years = (from: number, to: number, value: (y: number) => number): CellValue[][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, value(from + i)]);

describe("tables stacked under a title line", () => {
  it("starts a new table at a sentence-long line followed by the same row labels again", () => {
    const rows: CellValue[][] = [
      ["Эмиграция из России, разложение на календарные годы, без учёта реэмиграции:"],
      ["годы", "объём, чел."],
      ...years(1881, 1895, (y) => (y - 1870) * 1000.5),
      ["% объёма в календарный год сравнительно со среднегодовым за 1896-1900"],
      ...years(1881, 1895, (y) => (y - 1870) * 4.25),
    ];
    const tables = detectTables(grid(rows), { index: null });
    expect(tables.map((t) => t.range)).toEqual(["A2:B17", "A19:B33"]);
    expect(tables[1]?.title).toBe(
      "% объёма в календарный год сравнительно со среднегодовым за 1896-1900",
    );
  });

  it("keeps a table whole across short section labels that repeat the age groups", () => {
    const ages = ["0-14", "15-29", "30-44", "45-64", "65+"];
    const rows: CellValue[][] = [
      ["Age group", "2019", "2020"],
      ["Men"],
      ...ages.map((a, i) => [a, 10 + i, 11 + i]),
      ["Women"],
      ...ages.map((a, i) => [a, 20 + i, 21 + i]),
    ];
    expect(detectTables(grid(rows), { index: null }).map((t) => t.range)).toEqual(["A1:C13"]);
  });

  it("keeps a table whole across a long line when the rows below are new ones", () => {
    const rows: CellValue[][] = [
      ["Country", "2019", "2020"],
      ["France", 10, 11],
      ["Spain", 12, 13],
      ["Countries that joined the union after the first enlargement round"],
      ["Greece", 5, 6],
      ["Portugal", 7, 8],
    ];
    expect(detectTables(grid(rows), { index: null }).map((t) => t.range)).toEqual(["A1:C6"]);
  });
});
