import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import type { CellValue } from "../grid/grid";
import { CONTEXT_SECTION } from "../tagging/context-mentions";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { detectWorkbookTables } from "./workbook-context";
import { grid as sheetGrid } from "./testing/grid";

const index = buildTermIndex(
  [
    { ...testIndicator("ctx-population", { en: ["population"] }), section: CONTEXT_SECTION },
    testIndicator("flow-internal-migration", { en: ["internal migration"] }),
  ].map((i) => indicatorSchema.parse(i)),
);

const grid = (rows: CellValue[][]) => sheetGrid(rows, "t1");

const matrix = (title: string, places: readonly string[]): CellValue[][] => [
  [title],
  [],
  ["Province of birth", ...places.map((p, i) => `${p} (${i + 2})`), "Total"],
  ...places.map((p, i) => [p, ...places.map((_, j) => (i === j ? 900 : 10 + j)), 1000]),
];

const PROVINCES = ["Cairo", "Giza", "Gharbia", "Menoufia", "Souhag"];

const ids = (rows: CellValue[][]) =>
  detectWorkbookTables([grid(rows)], { index })[0]?.[0]?.indicators.map((m) => m.id) ?? [];

describe("origin × destination matrices", () => {
  it("reads a population matrix of one country's regions as internal migration, a guess", () => {
    const [table] =
      detectWorkbookTables(
        [grid(matrix("Population by province of birth and province of enumeration", PROVINCES))],
        { index },
      )[0] ?? [];
    expect(table?.indicators.map((m) => m.id)).toEqual([
      "flow-internal-migration",
      "ctx-population",
    ]);
    expect(table?.indicators[0]).toMatchObject({ guess: true });
    expect(table?.indicators[0]?.basis?.[0]).toMatch(/5 places/);
  });

  it("leaves a matrix of countries, a table of other columns and an unnamed matrix alone", () => {
    const countries = ["France", "Germany", "Italy", "Spain"];
    expect(ids(matrix("Population by country of birth and of residence", countries))).toEqual([
      "ctx-population",
    ]);
    const notMatrix = matrix("Population by province", PROVINCES).map((row, r) =>
      r === 2 ? ["Province", 2019, 2020, 2021, 2022, 2023, "Total"] : row,
    );
    expect(ids(notMatrix)).toEqual(["ctx-population"]);
    expect(ids(matrix("Input-output flows", PROVINCES))).toEqual([]);
  });
});
