import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "@gapmap/catalog";
import type { CellValue } from "../grid/grid";
import { detectTables, fileNameEvidence } from "./detect-tables";
import { grid } from "./testing/grid";

const noIndex = { index: null } as const;

describe("long-format tables", () => {
  it("keeps World Bank aggregate rows without a name, and sparse rows, in one table", () => {
    const years = Array.from({ length: 8 }, (_, i) => String(2015 + i));
    const full = (v: number) => Array.from({ length: 8 }, (_, i) => v + i);
    const g = grid([
      ["Data Source", "World Development Indicators"],
      [],
      ["Country Name", "Country Code", "Indicator Name", "Indicator Code", ...years],
      ["Aruba", "ABW", "Net migration", "SM.POP.NETM", ...full(10)],
      [null, "AFE", "Net migration", "SM.POP.NETM"],
      ["Afghanistan", "AFG", "Net migration", "SM.POP.NETM", ...full(20)],
      [
        "American Samoa",
        "ASM",
        "Net migration",
        "SM.POP.NETM",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        5,
      ],
      ["Angola", "AGO", "Net migration", "SM.POP.NETM", ...full(30)],
      [null, "AFW", "Net migration", "SM.POP.NETM", ...full(40)],
      ["Albania", "ALB", "Net migration", "SM.POP.NETM", ...full(50)],
    ]);
    const tables = detectTables(g, noIndex);
    expect(tables.map((t) => t.range)).toEqual(["A3:L10"]);
  });

  it("reads a year column that repeats down the rows as time, and headers as breakdowns", () => {
    const rows: CellValue[][] = [["Sexo", "Provincia", "Periodo", "Total"]];
    const provinces = ["Salta", "Jujuy", "Chaco", "Misiones", "Neuquén", "Tucumán"];
    for (const sex of ["M", "F"])
      for (const p of provinces) for (const y of [2021, 2022]) rows.push([sex, p, y, 100 + y]);
    const [t, ...rest] = detectTables(grid(rows), noIndex);
    expect(rest).toEqual([]);
    expect(t?.range).toBe(`A1:D${rows.length}`);
    expect(t?.dimensions.map((d) => d.kind).sort()).toEqual(["region", "sex", "time"]);
    expect(t?.periods.years).toEqual([2021, 2022]);
  });

  it("takes the indicator from an 'Indicator Name' column, in Spanish too", () => {
    const rows: CellValue[][] = [["País", "Nombre del indicador", "2019", "2020"]];
    for (const [i, c] of ["Argentina", "Chile", "Perú", "Bolivia"].entries())
      for (const ind of [
        "Migración neta",
        "Población, total",
        "PIB (US$ a precios actuales)",
        "Tasa de natalidad",
      ])
        rows.push([c, ind, i * 10, i * 11]);
    const [t] = detectTables(grid(rows), { index: getCatalogueIndex() });
    expect(t?.indicators.map((i) => i.id)).toContain("flow-net-migration");
  });
});

describe("more breakdowns", () => {
  it("reads quarter numbers and a constant year under time headers as time, not values", () => {
    const rows: CellValue[][] = [["año", "trimestre", "provincia", "total"]];
    const provinces = ["Salta", "Jujuy", "Chaco", "Misiones", "Neuquén"];
    for (const q of [1, 2, 3, 4]) for (const p of provinces) rows.push([2019, q, p, q * 100]);
    const [t] = detectTables(grid(rows), noIndex);
    expect(t?.valueColumnCount).toBe(1);
    expect(t?.dimensions.map((d) => d.kind).sort()).toEqual(["region", "time"]);
    expect(t?.periods.years).toEqual([2019]);
  });

  it("reads sub-national regions across the columns", () => {
    const g = grid([
      [
        "",
        "Белгородская область",
        "Брянская область",
        "Владимирская область",
        "Воронежская область",
      ],
      ["2009-01-01", 2.9, 1.9, 3.8, 3.7],
      ["2009-02-01", 3.8, 2.1, 3.1, 3.8],
    ]);
    expect(detectTables(g, noIndex)[0]?.dimensions).toContainEqual(
      expect.objectContaining({ kind: "region", source: "columns" }),
    );
  });

  it("reads '6 months or less' beside 'More than 6 months' as a duration breakdown", () => {
    const g = grid([
      ["Nationality", "More than 6 months", "6 months or less"],
      ["Iran", 9013, 4085],
      ["Albania", 7780, 1406],
      ["Eritrea", 5000, 1200],
    ]);
    const kinds = detectTables(g, noIndex)[0]?.dimensions.map((d) => d.kind);
    expect(kinds).toContain("duration");
    expect(kinds).toContain("country");
  });
});

describe("periods", () => {
  it("reads five-year periods and projection years, across columns or down rows", () => {
    const across = grid([
      ["Country", "1950-1955", "1955-1960", "2025-2030", "2030-2035"],
      ["France", 1, 2, 3, 4],
      ["Spain", 5, 6, 7, 8],
    ]);
    const [a] = detectTables(across, noIndex);
    expect(a?.dimensions.map((d) => d.kind)).toContain("time");
    expect([a?.periods.first, a?.periods.last]).toEqual(["1950", "2035"]);
    const down = grid([
      ["Period", "Net migration"],
      ["1950-1955", 1],
      ["1955-1960", 2],
      ["2030 (projection)", 6],
      ["2050*", 7],
    ]);
    const [d] = detectTables(down, noIndex);
    expect(d?.dimensions.map((x) => x.kind)).toEqual(["time"]);
    expect(d?.periods.years).toEqual([1950, 1955, 1960, 2030, 2050]);
  });
});

describe("Eurostat Data Explorer exports", () => {
  const countries = [
    "Belgium",
    "Bulgaria",
    "Germany (until 1990 former territory of the FRG)",
    "Hungary",
  ];
  function eurostatRows(): CellValue[][] {
    const rows: CellValue[][] = [
      ["TIME", "GEO", "CITIZEN", "INDIC_MG", "UNIT", "Value", "Flag and Footnotes"],
    ];
    for (const year of ["2010", "2011", "2012"])
      for (const [i, geo] of countries.entries())
        for (const indicator of [
          "Total number of persons returned",
          "Persons returned to a third country",
        ])
          // Values as published: thousands separators, ":" for missing, a flag after some.
          rows.push([
            year,
            geo,
            "Total",
            indicator,
            "Person",
            i === 3 ? "2,095" : i === 1 ? ":" : "4,415",
            i === 0 ? "p" : null,
          ]);
    return rows;
  }

  it("reads rows that start with their year, carry many labels and end in a flag as one table", () => {
    const rows = eurostatRows();
    const [t, ...rest] = detectTables(grid(rows), noIndex);
    expect(rest).toEqual([]);
    expect(t?.range).toBe(`A1:G${rows.length}`);
    expect(t?.dimensions.map((d) => d.kind).sort()).toEqual(["country", "time"]);
  });

  it("takes years only from the time column, not from names that mention one", () => {
    const [t] = detectTables(grid(eurostatRows()), noIndex);
    expect(t?.periods.years).toEqual([2010, 2011, 2012]);
  });

  it("reads monthly period codes (2008M01) as a row's period label", () => {
    const rows: CellValue[][] = [
      ["TIME", "GEO", "CITIZEN", "SEX", "AGE", "ASYL_APP", "UNIT", "Value"],
    ];
    for (const month of ["2008M01", "2008M02", "2008M03"])
      for (const geo of countries)
        rows.push([month, geo, "Total", "Total", "Total", "Asylum applicant", "Person", "1,005"]);
    const [t, ...rest] = detectTables(grid(rows), { index: getCatalogueIndex() });
    expect(rest).toEqual([]);
    expect(t?.range).toBe(`A1:H${rows.length}`);
    expect(t?.indicators[0]?.id).toBe("flow-asylum-applications");
  });

  it("takes the indicator from an INDIC_* column", () => {
    const rows: CellValue[][] = [["TIME", "GEO", "INDIC_MG", "Value"]];
    for (const year of ["2010", "2011"])
      for (const geo of countries)
        // More kinds than a constant column has: only the INDIC_ header makes them indicator names.
        for (const border of ["", " at air borders", " at land borders", " at sea borders"])
          rows.push([year, geo, `Persons refused entry${border}`, 12]);
    const [t] = detectTables(grid(rows, "Data"), { index: getCatalogueIndex() });
    expect(t?.indicators[0]?.id).toBe("flow-refusals-of-entry");
    expect(t?.indicators[0]?.evidence.map((e) => e.where)).toContain("labels");
  });
});

describe("file name evidence", () => {
  it("drops folders and the extension, and says nothing when the sheet has the same name", () => {
    expect(fileNameEvidence("/data/WB/Banco_Mundial_Migración_neta.xls", "Data")).toBe(
      "Banco_Mundial_Migración_neta",
    );
    expect(fileNameEvidence("C:\\x\\asylum.csv", "asylum")).toBeNull();
    expect(fileNameEvidence(undefined, "Data")).toBeNull();
  });
  it("counts as evidence where the sheet and headers say nothing", () => {
    const g = grid(
      [
        ["Year", "Value"],
        [2020, 5],
        [2021, 6],
      ],
      "Data",
    );
    const withName = detectTables(g, { index: getCatalogueIndex(), fileName: "net_migration.csv" });
    expect(withName[0]?.indicators[0]).toMatchObject({
      id: "flow-net-migration",
      evidence: [expect.objectContaining({ where: "file" })],
    });
    expect(detectTables(g, { index: getCatalogueIndex() })[0]?.indicators).toEqual([]);
  });
});

describe("a column of notes beside the values", () => {
  const sentence = (what: string) =>
    `Support provided to people ${what} while their application is considered.`;
  const rows: CellValue[][] = [
    ["Support Type", "Accommodation Type", "People", "Definition"],
    ["Section 4", "Dispersed", 3644, sentence("whose claim failed")],
    ["Section 4", "Hotel", 230, sentence("whose claim failed")],
    ["Section 95", "Dispersed", 52845, sentence("seeking asylum")],
    ["Section 95", "Hotel", 45538, sentence("seeking asylum")],
    ["Section 98", "Initial", 1244, sentence("in an emergency")],
  ];

  it("keeps rows of labels, one value and a describing sentence in one table", () => {
    const tables = detectTables(grid(rows), noIndex);
    expect(tables.map((t) => t.range)).toEqual(["A1:D6"]);
  });

  it("takes no indicator from the sentences, under a notes header or not", () => {
    const index = getCatalogueIndex();
    for (const header of ["Definition", "Explanation"]) {
      const withHeader = rows.map((r, i) => (i === 0 ? [...r.slice(0, 3), header] : r));
      const [t] = detectTables(grid(withHeader, "Sheet1"), { index });
      expect(t?.indicators.flatMap((i) => i.evidence.map((e) => e.where))).not.toContain("labels");
    }
  });
});

describe("SDMX-CSV rows: labels, then the period, the value and flags", () => {
  it("reads them as one table with the period column as time", () => {
    const rows: CellValue[][] = [
      ["DATAFLOW", "LAST UPDATE", "freq", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"],
    ];
    for (const geo of ["Austria", "Belgium", "Bulgaria"])
      for (const year of [2012, 2013, 2014])
        rows.push(["ESTAT:TPS00170(1.0)", "03/03/25 11:00:00", "Annual", geo, year, 1000 + year]);
    rows.push(["ESTAT:TPS00170(1.0)", "03/03/25 11:00:00", "Annual", "Cyprus", 2015, null, "c"]);
    const [t, ...rest] = detectTables(grid(rows), noIndex);
    expect(rest).toEqual([]);
    expect(t?.range).toBe(`A1:G${rows.length}`);
    expect(t?.periods.years).toEqual(expect.arrayContaining([2012, 2013, 2014]));
  });

  it("keeps a header of years ('Country | 2015 | 2016') a header", () => {
    const tables = detectTables(
      grid([
        ["Country", 2015, 2016],
        ["Austria", 5, 6],
        ["Belgium", 7, 8],
      ]),
      noIndex,
    );
    expect(tables[0]?.headerRows).toEqual([1]);
  });
});
