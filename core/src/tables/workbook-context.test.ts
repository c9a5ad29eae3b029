import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import type { CellValue, Grid } from "../grid/grid";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { GUESS_CEILING } from "./label-retrieval";
import { detectWorkbookTables } from "./workbook-context";

const index = buildTermIndex(
  [
    testIndicator("stock-foreign-citizens", {
      en: ["foreign population", "foreign subjects"],
    }),
    testIndicator("flow-asylum-applications", { en: ["asylum applications"] }),
    testIndicator("demo-migrant-share", {
      en: ["share of international migrants in the population"],
    }),
    testIndicator("flow-immigration", { en: ["immigration flows"] }),
    testIndicator("remit-inflow", { en: ["remittance inflows"] }),
    testIndicator("stock-refugees-hosted", { en: ["refugees hosted"] }),
  ].map((i) => indicatorSchema.parse(i)),
);

function grid(name: string, rows: CellValue[][]): Grid {
  return { name, rows, width: Math.max(...rows.map((r) => r.length)), formats: {}, merges: [] };
}

const regions = (title: string | null): CellValue[][] => [
  ...(title === null ? [] : [[title], []]),
  ["Region", 2018, 2019],
  ["North", 10, 12],
  ["South", 20, 22],
  ["East", 5, 6],
];

const firstIds = (tables: ReturnType<typeof detectWorkbookTables>) =>
  tables.map((s) => s[0]?.indicators[0]?.id);

describe("detectWorkbookTables", () => {
  it("names an untitled annex as a guess from the workbook's other tables", () => {
    const grids = [
      grid("T1", regions("Table 1. Foreign population by region")),
      grid("T2", regions("Table 2. Foreign population by region, men")),
      grid("Annex", regions(null)),
    ];
    const tables = detectWorkbookTables(grids, { index });
    expect(firstIds(tables)).toEqual([
      "stock-foreign-citizens",
      "stock-foreign-citizens",
      "stock-foreign-citizens",
    ]);
    const annex = tables[2]?.[0]?.indicators[0];
    expect(annex?.guess).toBe(true);
    expect(annex?.score).toBeLessThanOrEqual(GUESS_CEILING);
    expect(annex?.evidence[0]?.where).toBe("sheet");
  });

  it("gives no guess without two agreeing tables, nor when guesses are off", () => {
    const one = [
      grid("T1", regions("Table 1. Foreign population by region")),
      grid("Annex", regions(null)),
    ];
    expect(firstIds(detectWorkbookTables(one, { index }))[1]).toBeUndefined();
    const split = [
      grid("T1", regions("Foreign population by region")),
      grid("T2", regions("Asylum applications by region")),
      grid("Annex", regions(null)),
    ];
    expect(firstIds(detectWorkbookTables(split, { index }))[2]).toBeUndefined();
    const agreeing = [
      grid("T1", regions("Foreign population by region")),
      grid("T2", regions("Foreign population by region, women")),
      grid("Annex", regions(null)),
    ];
    expect(firstIds(detectWorkbookTables(agreeing, { index, guesses: false }))[2]).toBeUndefined();
  });

  it("puts the workbook's indicator before a weaker guess from a few shared words", () => {
    const apportionment: CellValue[][] = [
      ["Year", "Migrants share", "International weight"],
      [2018, 1, 2],
      [2019, 3, 4],
      [2020, 5, 6],
    ];
    const alone = detectWorkbookTables([grid("Annex", apportionment)], { index })[0]?.[0];
    expect(alone?.indicators.map((m) => m.id)).toEqual(["demo-migrant-share"]);
    expect(alone?.indicators[0]?.guess).toBe(true);
    const grids = [
      grid("T1", regions("Table 1. Foreign population by region")),
      grid("T2", regions("Table 2. Foreign population by region, men")),
      grid("Annex", apportionment),
    ];
    const annex = detectWorkbookTables(grids, { index })[2]?.[0];
    expect(annex?.indicators.map((m) => m.id)).toEqual([
      "stock-foreign-citizens",
      "demo-migrant-share",
    ]);
    expect(annex?.indicators.every((m) => m.guess === true)).toBe(true);
  });

  it("reads a notes sheet as evidence for a table that names nothing", () => {
    const grids = [
      grid("note", [["Distribution of foreign subjects by province of residence."], ["Vol. 1"]]),
      grid("Sheet2", regions(null)),
    ];
    const tables = detectWorkbookTables(grids, { index });
    expect(tables[0]).toEqual([]);
    expect(tables[1]?.[0]?.indicators[0]?.id).toBe("stock-foreign-citizens");
    expect(tables[1]?.[0]?.indicators[0]?.evidence[0]?.where).toBe("file");
  });
});
