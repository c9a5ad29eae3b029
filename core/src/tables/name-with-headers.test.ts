import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import type { CellValue } from "../grid/grid";
import { buildTermIndex } from "../search/term-index";
import { testIndicator } from "../search/testing/test-indicator";
import { detectTables } from "./detect-tables";
import { MAX_PAIRED_HEADERS, namesWithHeaders } from "./name-with-headers";
import { grid as sheetGrid } from "./testing/grid";

const index = buildTermIndex([
  indicatorSchema.parse(testIndicator("flow-net-migration", { en: ["Net migration"] })),
  indicatorSchema.parse({
    ...testIndicator("flow-asylum-applications", { en: ["Asylum applications"] }),
    shorthand: { en: ["applications"] },
  }),
]);

const grid = (name: string, header: CellValue[], rows: CellValue[][]) =>
  sheetGrid([header, ...rows], name);

const countries: CellValue[][] = [
  ["France", 12.5, 3.1],
  ["Germany", -4.2, 8.8],
  ["Italy", 7, 1.5],
  ["Spain", 2, 0.4],
];

describe("a table named across its name and its value headers", () => {
  it("pairs each table name with the first distinct value headers, years set aside", () => {
    const pairs = namesWithHeaders(
      [
        { where: "sheet", text: "industry_migration_public" },
        { where: "header", text: "country_name" },
      ],
      ["net_per_10K_2015", "net_per_10K_2016", "gross_2015", "a", "b", "c"],
    );
    expect(pairs.map((p) => p.text)).toEqual([
      "industry_migration_public · net_per_10K_2015",
      "industry_migration_public · gross_2015",
      "industry_migration_public · a",
      "industry_migration_public · b",
    ]);
    expect(pairs).toHaveLength(MAX_PAIRED_HEADERS);
    expect(pairs.every((p) => p.where === "sheet")).toBe(true);
  });

  it("finds net migration from the sheet's 'migration' and the headers' 'net'", () => {
    const g = grid(
      "industry_migration_public",
      ["country_name", "net_per_10K_2015", "net_per_10K_2016"],
      countries,
    );
    const [table] = detectTables(g, { index });
    expect(table?.indicators[0]?.id).toBe("flow-net-migration");
    expect(table?.indicators[0]?.evidence[0]?.where).toBe("sheet");
  });

  it("adds nothing when neither part holds the phrase's words, nor a header's lone word", () => {
    const plain = grid("industry_public", ["country_name", "net_2015", "net_2016"], countries);
    expect(detectTables(plain, { index })[0]?.indicators).toEqual([]);
    // "Applications" alone in a header is no table name (lone-label-word.ts).
    const header = grid("Sheet1", ["country", "Applications", "Applications 2"], countries);
    expect(detectTables(header, { index })[0]?.indicators).toEqual([]);
  });
});
