import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { grid } from "./testing/grid";

const yearRows = (from: number, to: number): CellValue[][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, 100.5 + i * 3.7, 200.2 + i * 5.1]);

describe("the title read above a table", () => {
  it("is the line that introduces the table with a colon, after earlier remarks", () => {
    const rows: CellValue[][] = [
      ["Как видно, для армян повышенное возвращение было вызвано временными причинами."],
      ["Прилагая коэффициент к каждому году, получаем величину реэмиграции по годам:"],
      ["год", "финны", "немцы"],
      ...yearRows(1896, 1910),
    ];
    const [table] = detectTables(grid(rows), { index: null });
    expect(table?.title).toBe(
      "Прилагая коэффициент к каждому году, получаем величину реэмиграции по годам:",
    );
  });

  it("stays the first line when no later line introduces the table", () => {
    const rows: CellValue[][] = [
      ["Immigrants by country of birth, 1996-2010"],
      ["Provisional figures, revised each year."],
      ["Year", "France", "Spain"],
      ...yearRows(1996, 2010),
    ];
    const [table] = detectTables(grid(rows), { index: null });
    expect(table?.title).toBe("Immigrants by country of birth, 1996-2010");
  });
});
