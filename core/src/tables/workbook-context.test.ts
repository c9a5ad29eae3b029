import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import type { CellValue } from "../grid/grid";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { GUESS_CEILING } from "./label-retrieval";
import { detectWorkbookTables } from "./workbook-context";
import { grid } from "./testing/grid";

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
      grid(regions("Table 1. Foreign population by region"), "T1"),
      grid(regions("Table 2. Foreign population by region, men"), "T2"),
      grid(regions(null), "Annex"),
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

  it("gives no workbook guess to a table whose own title names nothing", () => {
    const grids = [
      grid(regions("Table 1. Foreign population by region"), "T1"),
      grid(regions("Table 2. Foreign population by region, men"), "T2"),
      grid(regions("Table 3. Civil penalties issued to employers"), "T3"),
    ];
    expect(firstIds(detectWorkbookTables(grids, { index }))[2]).toBeUndefined();
  });

  it("gives no guess without two agreeing tables, nor when guesses are off", () => {
    const one = [
      grid(regions("Table 1. Foreign population by region"), "T1"),
      grid(regions(null), "Annex"),
    ];
    expect(firstIds(detectWorkbookTables(one, { index }))[1]).toBeUndefined();
    const split = [
      grid(regions("Foreign population by region"), "T1"),
      grid(regions("Asylum applications by region"), "T2"),
      grid(regions(null), "Annex"),
    ];
    expect(firstIds(detectWorkbookTables(split, { index }))[2]).toBeUndefined();
    const agreeing = [
      grid(regions("Foreign population by region"), "T1"),
      grid(regions("Foreign population by region, women"), "T2"),
      grid(regions(null), "Annex"),
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
    const alone = detectWorkbookTables([grid(apportionment, "Annex")], { index })[0]?.[0];
    expect(alone?.indicators.map((m) => m.id)).toEqual(["demo-migrant-share"]);
    expect(alone?.indicators[0]?.guess).toBe(true);
    const grids = [
      grid(regions("Table 1. Foreign population by region"), "T1"),
      grid(regions("Table 2. Foreign population by region, men"), "T2"),
      grid(apportionment, "Annex"),
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
      grid([["Distribution of foreign subjects by province of residence."], ["Vol. 1"]], "note"),
      grid(regions(null), "Sheet2"),
    ];
    const tables = detectWorkbookTables(grids, { index });
    expect(tables[0]).toEqual([]);
    expect(tables[1]?.[0]?.indicators[0]?.id).toBe("stock-foreign-citizens");
    expect(tables[1]?.[0]?.indicators[0]?.evidence[0]?.where).toBe("file");
  });
});
