import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { detectedTableSchema } from "./schema";
import { grid } from "./testing/grid";

const noIndex = { index: null } as const;

describe("detectTables on small grids", () => {
  it("finds title, header, label column, country breakdown and years", () => {
    const g = grid([
      ["Table 1. Immigrants by country of birth, 2019-2020"],
      [],
      ["Country of birth", 2019, 2020],
      ["France", 10, 12],
      ["Germany3", 5, ".."],
      ["Italy", 7, 8],
      ["Total", 22, 20],
      [],
      ["Source: national register."],
    ]);
    const [t, ...rest] = detectTables(g, noIndex);
    expect(rest).toEqual([]);
    expect(detectedTableSchema.parse(t)).toBeTruthy();
    expect(t).toMatchObject({
      range: "A3:C7",
      title: "Table 1. Immigrants by country of birth, 2019-2020",
      headerRows: [3],
      labelColumns: ["A"],
      periods: { years: [2019, 2020], frequency: "annual", first: "2019", last: "2020" },
    });
    expect(t?.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "birth", source: "rows" }),
    );
    expect(t?.missingShare).toBeCloseTo(1 / 8, 3);
  });

  it("keeps the label column in the middle and finds sub-national regions", () => {
    const g = grid([
      ["Inmigrantes", "Nombre de la entidad", "Emigrantes"],
      [100, "Aguascalientes", 90],
      [200, "Baja California", 80],
      [300, "Sonora", 70],
    ]);
    const [t] = detectTables(g, noIndex);
    expect(t?.labelColumns).toEqual(["B"]);
    expect(t?.dimensions[0]).toMatchObject({ kind: "region" });
    expect(t?.valueColumnCount).toBe(2);
  });

  it("pairs months with the year band above them and reads the corner unit", () => {
    const g = grid(
      [
        ["(thousand USD)", 2013, null, null, null],
        [null, "January", null, "February", null],
        [null, "Inflow", "Outflow", "Inflow", "Outflow"],
        ["Australia", 1, 2, 3, 4],
        ["Austria", 5, 6, 7, 8],
      ],
      "monthly in USD",
      [
        { s: { r: 0, c: 1 }, e: { r: 0, c: 4 } },
        { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
        { s: { r: 1, c: 3 }, e: { r: 1, c: 4 } },
      ],
    );
    const [t] = detectTables(g, noIndex);
    expect(t).toMatchObject({
      unit: "thousand USD",
      unitSource: "corner",
      headerRows: [1, 2, 3],
      periods: { frequency: "monthly", months: ["2013-01", "2013-02"], holes: [] },
    });
    expect(t?.dimensions.map((d) => d.kind)).toEqual(expect.arrayContaining(["country", "time"]));
  });

  it("treats Eurostat value/flag pairs as one period and does not count flags as missing", () => {
    const g = grid(
      [
        ["TIME", "2020-02", "", "2020-03", ""],
        ["CITIZEN (Labels)", "", "", "", ""],
        ["Syria", 10, "p", 12, ""],
        ["Iraq", 5, "", 6, "e"],
      ],
      "Sheet1",
      [
        { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
        { s: { r: 0, c: 3 }, e: { r: 0, c: 4 } },
      ],
    );
    const [t] = detectTables(g, noIndex);
    expect(t?.valueColumnCount).toBe(2);
    expect(t?.missingShare).toBe(0);
    expect(t?.periods).toMatchObject({ first: "2020-02", last: "2020-03", frequency: "monthly" });
    expect(t?.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "citizenship" }),
    );
  });

  it("separates two tables stacked on one sheet", () => {
    const g = grid([
      ["Table A. Men"],
      ["Region", "2019", "2020"],
      ["North", 1, 2],
      ["South", 3, 4],
      [],
      ["Table B. Women"],
      ["Region", "2019", "2020"],
      ["North", 5, 6],
      ["South", 7, 8],
    ]);
    const tables = detectTables(g, noIndex);
    expect(tables.map((t) => [t.range, t.title])).toEqual([
      ["A2:C4", "Table A. Men"],
      ["A7:C9", "Table B. Women"],
    ]);
  });

  it("does not take a row of column numbers or suppressed cells for data breaks", () => {
    const g = grid([
      ["", "Visas", "Permits", "Registrations"],
      ["код графы", 1, 2, 3],
      ["Белгородская область", 5, "x", 7],
      ["Брянская область", "x", "x", "x"],
      ["Владимирская область", 8, 9, 10],
    ]);
    const [t] = detectTables(g, noIndex);
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.bodyRowCount).toBe(3);
    expect(t?.missingShare).toBeCloseTo(4 / 9, 3);
  });

  it("reads a long-format export whose values are mostly suppressed or empty as one table", () => {
    const rows: CellValue[][] = [["Country of asylum", "Origin", "Population type", "Value"]];
    const asylum = ["Aruba", "Angola", "Brazil", "Chile"];
    const origin = ["Colombia", "Cuba", "Haiti", "Peru", "Pakistan"];
    const values: CellValue[] = ["*", null, 1989, "*", 20, null, null, null, "*", 33];
    let i = 0;
    for (const a of asylum)
      for (const o of origin)
        rows.push([a, o, "Asylum-seekers", values[i++ % values.length] ?? null]);
    const tables = detectTables(grid(rows), noIndex);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.range).toBe(`A1:D${rows.length}`);
    expect(tables[0]?.dimensions.filter((d) => d.kind === "country")).toHaveLength(2);
  });

  it("keeps a header band that holds the numbers of rate bases ('to 1000 inhabitants')", () => {
    const g = grid([
      ["Table 9. Capacity indicators, 2015"],
      [],
      [null, "Refugees", "Refugees", "Refugees"],
      [null, "to", "to", "to"],
      ["Country", "GDP", 1000, 1000],
      ["of asylum", "per capita", "inhabitants", "km2"],
      ["Chad", 134.4, 7.9, 401.5],
      ["Kenya", 0.01, 0.04, 3.63],
      ["Peru", 2.5, 1.2, 0.3],
    ]);
    const [t, ...rest] = detectTables(g, noIndex);
    expect(rest).toEqual([]);
    expect(t?.headerRows).toEqual([3, 4, 5, 6]);
    expect(t?.range).toBe("A3:D9");
  });

  it("gives stacked tables their section label's year, else the sheet title's years", () => {
    const section = (label: string): CellValue[][] => [
      [label],
      [],
      ["Region", "Refugees", "Returnees"],
      ["Africa", 4126800, 96900],
      ["Asia", 7942100, 29300],
      ["Europe", 1495300, 700],
      [],
    ];
    const g = grid([
      ["Table 24. Refugees and returnees by region, 2014-2015"],
      [],
      ...section("End-2014"),
      ...section("End-2015"),
      ...section("Change (absolute)"),
    ]);
    const years = detectTables(g, noIndex).map((t) => t.periods.years);
    expect(years).toEqual([[2014], [2015], [2014, 2015]]);
  });

  it("does not cut a one-value table at a value that looks like a year", () => {
    const g = grid([
      ["Country of arrival", "Total"],
      ["Norway", 2383],
      ["Sweden", 1902],
      ["Switzerland", 641],
      ["Total", 4926],
    ]);
    const tables = detectTables(g, noIndex);
    expect(tables.map((t) => t.range)).toEqual(["A1:B5"]);
  });

  it("reads a historical table: its code before the title, years of the 1800s across", () => {
    const g = grid([
      ["su-f-1.1.1.3", "Population résidante selon le sexe et la nationalité, à la fin de l'année"],
      [],
      ["Sexe/Nationalité", 1850, 1860, 1870, 1880],
      ["Total", 2392740, 2510494, 2655001, 2831787],
      ["Homme", 1181911, 1236362, 1304833, 1394626],
      ["Femme", 1210829, 1274132, 1350168, 1437161],
    ]);
    const [t] = detectTables(g, noIndex);
    expect(t?.title).toBe(
      "Population résidante selon le sexe et la nationalité, à la fin de l'année",
    );
    expect(t?.headerRows).toEqual([3]);
    expect(t?.periods.years).toEqual([1850, 1860, 1870, 1880]);
  });

  it("keeps 19th-century counts that do not run in order as data", () => {
    const g = grid([
      ["Region", "Men", "Women"],
      ["North", 1850, 1812],
      ["South", 1877, 1803],
      ["East", 1822, 1899],
    ]);
    const [t] = detectTables(g, noIndex);
    expect(t?.range).toBe("A1:C4");
    expect(t?.bodyRowCount).toBe(3);
  });
});
