/** Table detection on real published workbooks (shared/fixtures/real), asserting facts about them. */
import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toA1 } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { getCatalogueIndex } from "@gapmap/catalog";
import { detectTables } from "./detect-tables";
import { detectedTableSchema, type DetectedTable } from "./schema";

// Grids straight from SheetJS, so these tests do not wait for (or depend on) the cli readers.
const REAL_FIXTURES = new URL("../../../../shared/fixtures/real/", import.meta.url);

function toCellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.v === undefined) return null;
  const v = cell.v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

/** Every sheet of a fixture workbook as a grid. */
function readFixtureGrids(name: string): Grid[] {
  const wb = XLSX.read(readFileSync(new URL(name, REAL_FIXTURES)), {
    dense: true,
    cellDates: true,
  });
  return wb.SheetNames.map((sheetName) => {
    const ws = wb.Sheets[sheetName];
    const dense =
      (ws as { "!data"?: ((XLSX.CellObject | undefined)[] | undefined)[] } | undefined)?.[
        "!data"
      ] ?? [];
    const rows: CellValue[][] = Array.from(dense, (row) =>
      row ? Array.from(row, toCellValue) : [],
    );
    const formats: Record<string, string> = {};
    dense.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell?.z !== undefined && cell.z !== "General") formats[toA1({ r, c })] = String(cell.z);
      });
    });
    return {
      name: sheetName,
      rows,
      width: Math.max(0, ...rows.map((row) => row.length)),
      formats,
      merges: (ws?.["!merges"] ?? []).map((m) => ({
        s: { r: m.s.r, c: m.s.c },
        e: { r: m.e.r, c: m.e.c },
      })),
    };
  });
}

function readFixtureSheet(name: string, sheet: string): Grid {
  const grid = readFixtureGrids(name).find((g) => g.name === sheet);
  if (!grid) throw new Error(`no sheet ${sheet} in ${name}`);
  return grid;
}

const noIndex = { index: null } as const;

function only(file: string, sheet: string): DetectedTable {
  const tables = detectTables(readFixtureSheet(file, sheet), noIndex);
  expect(tables).toHaveLength(1);
  const [t] = tables;
  if (!t) throw new Error("no table");
  return detectedTableSchema.parse(t);
}

const UNHCR = "unhcr_global_trends_2015_annex_tables.xlsx";
const CBA = "cba_armenia_money_transfers_by_countries_2024-09.xlsx";
const RU = "ru_mvd_2RD_migration_situation_2016.xls";

describe("UNHCR Global Trends annex", () => {
  it("Tab3: a 5-row header with split words, countries of asylum, 2015", () => {
    const t = only(UNHCR, "Tab3");
    expect(t.range).toBe("A7:N194");
    expect(t.headerRows).toEqual([7, 8, 9, 10, 11]);
    expect(t.labelColumns).toEqual(["A"]);
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "asylum", source: "rows" }),
    );
    expect(t.periods.years).toEqual([2015]);
  });

  it("Tab5: two country columns, origin and asylum", () => {
    const roles = only(UNHCR, "Tab5")
      .dimensions.filter((d) => d.kind === "country")
      .map((d) => d.role);
    expect(roles.sort()).toEqual(["asylum", "origin"]);
  });

  it("Tab13: age groups and a sex breakdown across the columns", () => {
    const kinds = only(UNHCR, "Tab13").dimensions.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(["country", "age", "sex"]));
  });

  it("the table of contents holds no table", () => {
    expect(detectTables(readFixtureSheet(UNHCR, "ToC"), noIndex)).toEqual([]);
  });
});

describe("Eurostat monthly asylum applicants", () => {
  it("reads monthly periods from 2020-02 and a citizenship breakdown", () => {
    const t = only("eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx", "Sheet 1");
    expect(t.periods.frequency).toBe("monthly");
    expect(t.periods.first).toBe("2020-02");
    expect(t.periods.holes).toEqual([]);
    expect(t.unit).toBe("Person");
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "citizenship" }),
    );
    // Sex and age are pinned to "Total" by the metadata lines: not breakdowns of this extract.
    expect(t.dimensions.map((d) => d.kind)).not.toContain("sex");
  });
});

describe("Central Bank of Armenia money transfers", () => {
  it("monthly in USD: 865 columns, the corner unit, months 2013 on, countries", () => {
    const grid = readFixtureSheet(CBA, "monthly in USD");
    expect(grid.width).toBe(865);
    const [t] = detectTables(grid, noIndex);
    expect(t).toMatchObject({
      unit: "thousand USD",
      unitSource: "corner",
      headerRows: [3, 4, 5],
      warnings: [],
    });
    expect(t?.range.startsWith("A3:AGG")).toBe(true);
    expect(t?.periods).toMatchObject({ frequency: "monthly", first: "2013-01" });
    expect(t?.periods.months.length).toBeGreaterThanOrEqual(12 * 11);
    expect(t?.dimensions.map((d) => d.kind)).toEqual(expect.arrayContaining(["country", "time"]));
  });

  it("annual in AMD: flags the corner's USD against the sheet's AMD", () => {
    const t = only(CBA, "annual in AMD");
    expect(t.periods.frequency).toBe("annual");
    expect(t.warnings.some((w) => w.includes("AMD") && w.includes("USD"))).toBe(true);
  });
});

describe("Mexico return migration", () => {
  it("tabla1: the label column is C and its rows are states", () => {
    const t = only("mx_tabla1_migracion_de_retorno_2020.xlsx", "M.Retorno");
    expect(t.labelColumns).toEqual(["C"]);
    expect(t.dimensions[0]).toMatchObject({ kind: "region", source: "rows" });
    expect(t.periods.years).toEqual([2020]);
  });

  it("tabla2: every state sheet yields one table, titled despite the 'Tablax.' typo", () => {
    const grids = readFixtureGrids("mx_tabla2_migracion_de_retorno_por_estados_2020.xlsx");
    expect(grids).toHaveLength(32);
    for (const g of grids) {
      const [t, ...rest] = detectTables(g, noIndex);
      expect(rest).toEqual([]);
      expect(t?.title).toMatch(/^Tablax\./);
      expect(t?.labelColumns).toEqual(["C"]);
    }
  });

  it("a workbook with a missing drawing part still reads and detects", () => {
    const [g] = readFixtureGrids("mx_indicadores_migracion_retorno_estatal_2015_BROKEN.xlsx");
    expect(g && detectTables(g, noIndex).length).toBe(1);
  });
});

describe("Russian MVD form 2-RD", () => {
  it("regions sheet: a 7-row header with the column-number row, regions, purposes of entry, 2016", () => {
    const t = only(RU, "САЙТ (2-РД регионы) ");
    expect(t.headerRows).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(t.dimensions.map((d) => d.kind)).toEqual(expect.arrayContaining(["region", "reason"]));
    expect(t.periods.years).toEqual([2016]);
  });

  it("countries sheet: countries, and no period where the form left a stray 0", () => {
    const t = only(RU, "САЙТ (2-РД страны)");
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", source: "rows" }),
    );
    expect(t.periods.frequency).toBe("none");
  });
});

describe("UN DESA and World Bank", () => {
  it("UN DESA 2020 Table 1: destination countries, three sex bands, 1990–2020 every five years", () => {
    const t = only("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "Table 1");
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "destination" }),
    );
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "sex", source: "columns" }),
    );
    expect(t.periods).toMatchObject({
      frequency: "multi-year",
      first: "1990",
      last: "2020",
      holes: [],
    });
  });

  it("UN DESA 2015 Table 16: an origin × destination matrix", () => {
    const t = only("undesa_UN_MigrantStockByOriginAndDestination_2015.xlsx", "Table 16");
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "origin", source: "columns" }),
    );
    expect(t.dimensions).toContainEqual(
      expect.objectContaining({ kind: "country", role: "destination", source: "rows" }),
    );
  });

  it("World Bank WDI: one table of countries, annual 1960–2022, rows with no data kept", () => {
    const t = only("worldbank_API_SM.POP.NETM_net_migration_en.xls", "Data");
    expect(t.range).toBe("A4:BO270");
    expect(t.periods).toMatchObject({ frequency: "annual", first: "1960", last: "2022" });
  });
});

function catalogueLoads(): boolean {
  try {
    return getCatalogueIndex().phrases.length > 0;
  } catch {
    return false;
  }
}

describe.runIf(catalogueLoads())("indicator matching with the real catalogue", () => {
  const top = (file: string, sheet: string, n = 3) =>
    (
      detectTables(readFixtureSheet(file, sheet), { index: getCatalogueIndex() })[0]?.indicators ??
      []
    )
      .slice(0, n)
      .map((i) => i.id);

  it("finds what well-known tables measure", () => {
    expect(top(UNHCR, "Tab9")).toContain("flow-asylum-applications");
    expect(top(UNHCR, "Tab7")).toContain("stock-stateless");
    expect(top(CBA, "annual in USD")).toContain("remit-inflow");
    expect(top("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "Table 1", 1)).toEqual([
      "stock-immigrants",
    ]);
    expect(top("eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx", "Sheet 1", 1)).toEqual([
      "flow-asylum-applications",
    ]);
  });
});
