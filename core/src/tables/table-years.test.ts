import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { markedYear } from "./column-roles";
import { detectTables } from "./detect-tables";
import { periodsOfName } from "./name-periods";
import { grid } from "./testing/grid";

const noIndex = { index: null } as const;
const countries = ["Belgium", "Bulgaria", "Czechia", "Denmark", "Estonia"];

describe("the years a table covers", () => {
  it("spans a band of year columns, empty ones at either end included", () => {
    const years = Array.from({ length: 8 }, (_, i) => String(2015 + i));
    const rows: CellValue[][] = [["Country Name", "Indicator Name", ...years]];
    for (const [i, c] of countries.entries())
      // No data for 2015, nor yet for 2022: the row stops at 2021.
      rows.push([
        c,
        "Net migration",
        null,
        ...Array.from({ length: 6 }, (_, y) => 100 * i + y + 7),
      ]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.range).toBe("A1:J6");
    expect(t?.periods.years.at(0)).toBe(2015);
    expect(t?.periods.years.at(-1)).toBe(2022);
  });

  it("spans five-year periods to the end of the last one, short ends and projections too", () => {
    const periods = ["1995-00", "2000-05", "2005-10", "2010-15", "2015-20", "2020-25*"];
    const rows: CellValue[][] = [["Country", ...periods]];
    for (const [i, c] of countries.entries())
      rows.push([c, ...periods.map((_, p) => Math.round(((i * 37 + p * 13) % 97) * 10.3) / 10)]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.dimensions.map((d) => d.kind)).toEqual(["country", "time"]);
    // "2005-10" among "2010-15" is 2005–2010, not October 2005.
    expect(t?.periods.frequency).toBe("multi-year");
    expect(t?.periods.years).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);

    const down: CellValue[][] = [["Period", "Net migration rate"]];
    for (const [i, p] of ["1950-55", "1955-60", "1960-65", "1965-70"].entries())
      down.push([p, Math.round(((i * 37) % 97) * 10.3) / 10 + 0.3]);
    const [d] = detectTables(grid(down), noIndex);
    expect(d?.dimensions.map((x) => x.kind)).toEqual(["time"]);
    expect([d?.periods.first, d?.periods.last]).toEqual(["1950", "1970"]);
  });

  it("takes a column's year from its own header, not from the edition above it", () => {
    // INE–Sermig's annex: "Actualización 2022 | 2018 2019 2020 2021", then the earlier estimate.
    const rows: CellValue[][] = [
      ["Región", "Actualización 2022", null, null, "Estimación anterior", null, null],
      [null, 2018, 2019, 2021, 2018, 2019, 2021],
    ];
    for (const [i, c] of countries.entries())
      rows.push([c, ...[0, 1, 2, 3, 4, 5].map((k) => 24_000 + i * 1_733 + k * 419)]);
    const [t] = detectTables(grid(rows), noIndex);
    expect([t?.periods.first, t?.periods.last]).toEqual(["2018", "2021"]);
  });

  it("reads a historical year column that starts with decades summed up", () => {
    // DHS yearbook table 39: "1892-1900", "1901-10" … then every year from 1892 to 2013.
    const rows: CellValue[][] = [["Year", "Removals", "Formal removals"]];
    for (const [i, d] of ["1892-1900 ", "1901-10 ", "1911-20 "].entries())
      rows.push([d, "NA", 25_642 + i * 90_127]);
    for (let y = 1892; y <= 2013; y++) rows.push([y, 1_630 + ((y * 37) % 997) * 13, "NA"]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.labelColumns).toEqual(["A"]);
    expect(t?.dimensions.map((d) => d.kind)).toEqual(["time"]);
    expect([t?.periods.first, t?.periods.last]).toEqual(["1892", "2013"]);
    // Without a time header, numbers of the 1800s are counts, not years.
    const counts: CellValue[][] = [["Province", "Arrivals", "Departures"]];
    for (const [i, p] of ["Alberta", "Manitoba", "Ontario", "Quebec"].entries())
      counts.push([p, 1_850 + i * 11, 1_790 + i * 23]);
    expect(detectTables(grid(counts), noIndex)[0]?.valueColumnCount).toBe(2);
  });

  it("reads 1800s years down the rows without a header when they count up one by one", () => {
    const rows: CellValue[][] = [["Доп. о колонизации Алтайского округа стр. 336:"], []];
    for (let y = 1884; y <= 1898; y++) rows.push([null, y, 11905 + (y % 7) * 3001]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.dimensions.map((d) => d.kind)).toContain("time");
    expect(t?.periods).toMatchObject({ first: "1884", last: "1898" });
  });

  it("keeps a column of rising counts in the 1800s a value column", () => {
    const rows: CellValue[][] = [["Province", "Arrivals", "Departures"]];
    ["Akmola", "Amur", "Yenisei", "Irkutsk", "Tobolsk", "Tomsk"].forEach((p, i) =>
      rows.push([p, 1810 + i * 37, 120 + i * 13]),
    );
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.dimensions.map((d) => d.kind) ?? []).not.toContain("time");
    expect(t?.valueColumnCount).toBe(2);
  });

  it("keeps a month series written year-month a month series", () => {
    const rows: CellValue[][] = [["Month", "Arrivals"]];
    for (const [i, p] of ["2005-08", "2005-09", "2005-10", "2005-11"].entries())
      rows.push([p, 1200 + ((i * 37) % 11) * 17]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.periods.frequency).toBe("monthly");
    expect([t?.periods.first, t?.periods.last]).toEqual(["2005-08", "2005-11"]);
  });

  it("reads years marked as projections or with footnotes", () => {
    expect(markedYear("2020 1)")).toBe(2020);
    expect(markedYear("2030*")).toBe(2030);
    expect(markedYear("2025p")).toBe(2025);
    expect(markedYear("2050 (projection)")).toBe(2050);
    expect(markedYear("2040¹")).toBe(2040);
    expect(markedYear("2020 migrants")).toBeUndefined();
    expect(markedYear("12 345")).toBeUndefined();
  });

  it("keeps a year column with projected years written as text a time column", () => {
    const rows: CellValue[][] = [["Year", "Births", "Deaths"]];
    for (let y = 2000; y <= 2010; y++) rows.push([y, 1000 + y, 900 + y]);
    rows.push([], ["2020 1)", 3100, 2950], ["2030 1)", 3200, 3000], ["2060 1)", 3300, 3100]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.labelColumns).toEqual(["A"]);
    expect(t?.dimensions.map((d) => d.kind)).toContain("time");
    expect([t?.periods.first, t?.periods.last]).toEqual(["2000", "2060"]);
  });

  it("dates a long export by its one-year time column without calling it a breakdown", () => {
    const rows: CellValue[][] = [["TIME", "GEO", "UNIT", "Value"]];
    countries.forEach((c, i) => rows.push([2013, c, "Number", 1000 * (i + 1)]));
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.periods.years).toEqual([2013]);
    expect(t?.dimensions.map((d) => d.kind)).toEqual(["country"]);
  });

  it("takes the year from the sheet name, then the file name, when the table names none", () => {
    const rows: CellValue[][] = [["Nationality", "Referrals"]];
    countries.forEach((c, i) => rows.push([c, 10 * (i + 1)]));
    expect(
      detectTables(grid(rows, "referrals by nationality Dec 23"), noIndex)[0]?.periods,
    ).toMatchObject({ years: [2023], frequency: "annual" });
    expect(
      detectTables(grid(rows, "Sheet1"), { index: null, fileName: "residencias_4_2019.csv" })[0]
        ?.periods.years,
    ).toEqual([2019]);
    expect(detectTables(grid(rows, "Sheet1"), noIndex)[0]?.periods.years).toEqual([]);
  });

  it("reads month stamps in names only after a month word", () => {
    expect(periodsOfName("NRM referrals by nationality Dec 23")).toEqual([{ year: 2023 }]);
    expect(periodsOfName("dec_2023")).toEqual([{ year: 2023 }]);
    expect(periodsOfName("people supported dec-23")).toEqual([{ year: 2023 }]);
    expect(periodsOfName("Table 23")).toEqual([]);
    expect(periodsOfName("API_SM.POP.NETM_DS2_es_csv_v2_5455021")).toEqual([]);
  });
});
