import { getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { detectTables } from "../tables/index";
import { gridFromTableDescription, webCellValue, type TableDescription } from "./table-description";

const cell = (text: string, header = false, colSpan = 1, rowSpan = 1) => ({
  text,
  header,
  colSpan,
  rowSpan,
});

describe("webCellValue", () => {
  it("reads numbers as web pages print them", () => {
    expect(webCellValue(" 1 234 ")).toBe(1234);
    expect(webCellValue("12,5")).toBe(12.5);
    expect(webCellValue("−3")).toBe(-3);
    expect(webCellValue("")).toBeNull();
    expect(webCellValue("Suisse")).toBe("Suisse");
  });
});

describe("gridFromTableDescription", () => {
  it("lays out spans as merges and shifts cells past row spans", () => {
    const table: TableDescription = {
      caption: "Demandes d'asile",
      rows: [
        { cells: [cell("Pays", true, 1, 2), cell("Année", true, 2)] },
        { cells: [cell("2022", true), cell("2023", true)] },
        { cells: [cell("Suisse"), cell("24 511"), cell("30 223")] },
      ],
    };
    const { grid, truncated } = gridFromTableDescription(table, "table 1");
    expect(truncated).toBe(false);
    expect(grid.rows).toEqual([
      ["Demandes d'asile"],
      ["Pays", "Année"],
      [null, 2022, 2023],
      ["Suisse", 24511, 30223],
    ]);
    expect(grid.width).toBe(3);
    expect(grid.merges).toEqual([
      { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
      { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
    ]);
  });

  it("feeds table detection like a workbook sheet", () => {
    const rows = [
      { cells: [cell("Pays", true), cell("2021", true), cell("2022", true), cell("2023", true)] },
      ...["Suisse", "France", "Espagne", "Italie", "Autriche", "Belgique"].map((country, i) => ({
        cells: [cell(country), cell(`${10 + i} 511`), cell(`${20 + i} 337`), cell(`${30 + i} 223`)],
      })),
    ];
    const { grid } = gridFromTableDescription(
      { caption: "Demandes d'asile par pays", rows },
      "web",
    );
    const [table] = detectTables(grid, { index: getCatalogueIndex() });
    expect(table?.periods.years).toEqual([2021, 2022, 2023]);
    expect(table?.indicators[0]?.id).toBe("flow-asylum-applications");
  });
});
