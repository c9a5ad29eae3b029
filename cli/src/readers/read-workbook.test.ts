import { cellAt, gridSchema, rangeToA1, type Grid } from "@gapmap/core";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import { readWorkbookFile } from "./read-workbook";

async function readSheets(name: string): Promise<{ sheets: Grid[]; warnings: string[] }> {
  const result = await readWorkbookFile(realFixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result;
}

function sheetNamed(sheets: readonly Grid[], name: string): Grid {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet)
    throw new Error(`no sheet ${JSON.stringify(name)} in ${sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

describe("readWorkbookFile on real workbooks", () => {
  it("reads all 30 sheets of the UNHCR Global Trends annex, with Tab3's split header words", async () => {
    const { sheets, warnings } = await readSheets("unhcr_global_trends_2015_annex_tables.xlsx");
    expect(sheets).toHaveLength(30);
    expect(sheets[0]?.name).toBe("ToC");
    const tab3 = sheetNamed(sheets, "Tab3");
    const firstColumn = tab3.rows.slice(0, 14).map((row) => row[0]);
    expect(firstColumn).toEqual(expect.arrayContaining(["Country/", "territory", "of"]));
    expect(tab3.merges.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
    for (const sheet of sheets) expect(gridSchema.safeParse(sheet).success).toBe(true);
  });

  it("keeps the trailing space of a Russian .xls sheet name and its Cyrillic text", async () => {
    const { sheets } = await readSheets("ru_mvd_2RD_migration_situation_2016.xls");
    expect(sheets.map((s) => s.name)).toEqual(["САЙТ (2-РД регионы) ", "САЙТ (2-РД страны)"]);
    const regions = sheetNamed(sheets, "САЙТ (2-РД регионы) ");
    expect(cellAt(regions, 1, 0)).toMatch(/^ОТДЕЛЬНЫЕ ПОКАЗАТЕЛИ МИГРАЦИОННОЙ СИТУАЦИИ/);
    expect(regions.merges).toHaveLength(24);
    expect(Object.keys(regions.formats).length).toBeGreaterThan(0);
  });

  it("reads the Eurostat export's period labels merged across value and flag columns", async () => {
    const { sheets } = await readSheets("eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["Summary", "Structure", "Sheet 1"]);
    const data = sheetNamed(sheets, "Sheet 1");
    const merges = data.merges.map(rangeToA1);
    expect(merges).toEqual(expect.arrayContaining(["A11:B11", "G11:H11"]));
    expect(cellAt(data, 10, 2)).toBe("2020-02");
    expect(typeof cellAt(data, 12, 2)).toBe("number");
    expect(data.formats.C13).toBe("#,##0");
  });

  it("keeps the leading spaces that encode the UN DESA 2020 region hierarchy", async () => {
    const { sheets } = await readSheets("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx");
    const table1 = sheetNamed(sheets, "Table 1");
    const labels = table1.rows.map((row) => row[1]);
    expect(labels).toContain("WORLD");
    expect(labels).toContain("  Sub-Saharan Africa");
    expect(table1.merges.map(rangeToA1)).toEqual(
      expect.arrayContaining(["F8:L10", "M8:S10", "T8:Z10"]),
    );
    expect(cellAt(table1, 10, 5)).toBe(1990);
  });

  it("reads the World Bank BIFF .xls and turns its date-formatted serial into an ISO date", async () => {
    const { sheets } = await readSheets("worldbank_API_SM.POP.NETM_net_migration_en.xls");
    expect(sheets.map((s) => s.name)).toEqual([
      "Data",
      "Metadata - Countries",
      "Metadata - Indicators",
    ]);
    const data = sheetNamed(sheets, "Data");
    expect(cellAt(data, 1, 0)).toBe("Last Updated Date");
    // 45343 in the 1900 date system, shown by Excel as 2/21/24.
    expect(cellAt(data, 1, 1)).toBe("2024-02-21");
    expect(data.formats.B2).toBe("m/d/yy");
    expect(cellAt(data, 3, 0)).toBe("Country Name");
    expect(data.rows.length).toBe(270);
  });

  it("reads the 865-column monthly sheet of the CBA Armenia remittances workbook", async () => {
    const { sheets } = await readSheets("cba_armenia_money_transfers_by_countries_2024-09.xlsx");
    const monthly = sheetNamed(sheets, "monthly in USD");
    expect(monthly.width).toBe(865);
    expect(monthly.merges).toHaveLength(301);
    // The unit sits in the corner cell of column A, above the year band (row 2 is empty).
    expect(cellAt(monthly, 2, 0)).toBe("(thousand USD)");
    expect(cellAt(monthly, 4, 1)).toBe("Inflow ");
    expect(cellAt(monthly, 5, 0)).toBe("Australia");
    expect(typeof cellAt(monthly, 5, 1)).toBe("number");
    expect(cellAt(sheetNamed(sheets, "annual in AMD"), 2, 0)).toBe("(thousand USD)");
  });

  it("reads the Mexican return-migration table with its label column in the middle", async () => {
    const { sheets } = await readSheets("mx_tabla1_migracion_de_retorno_2020.xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["M.Retorno"]);
    const labels = sheets[0]?.rows.map((row) => row[2]) ?? [];
    expect(labels).toContain("Nacional");
  });

  it("loads the UNHCR 2022 population CSV that starts with a blank line", async () => {
    const result = await readWorkbookFile(
      realFixture("unhcr_refstats_query_population_2022-02-08.csv"),
    );
    expect(result.ok && result.format).toBe("csv");
    if (!result.ok) return;
    const [grid] = result.sheets;
    expect(grid?.rows[0]).toEqual([]);
    expect(grid?.rows[1]?.[0]).toBe("Year");
    expect(grid?.width).toBe(11);
    expect(grid?.rows[2]).toEqual([2015, "Austria", "AUT", "-", "-", 0, 5, 0, null, 0, 0]);
  });

  it("loads the old PopStats CSV, keeping suppressed '*' values as text", async () => {
    const { sheets } = await readSheets("unhcr_popstats_export_2015-07-09.csv");
    const [grid] = sheets;
    expect(grid?.width).toBe(4);
    expect(grid?.rows[1]).toEqual(["Aruba", "Colombia", "Asylum-seekers", "*"]);
    expect(grid?.rows[4]).toEqual(["Afghanistan", "Iran (Islamic Rep. of)", "Asylum-seekers", 20]);
    expect(grid?.rows.length).toBeGreaterThan(7000);
  });

  it("keeps the key/value metadata lines of the UNHCR footnotes CSV as rows", async () => {
    const { sheets } = await readSheets("unhcr_refstats_query_footnotes_2022-02-08.csv");
    const [grid] = sheets;
    expect(grid?.rows[0]).toEqual(["Extracted:", "United Nations High Commissioner for Refugees"]);
    expect(grid?.rows[4]).toEqual([]);
    expect(grid?.rows.some((row) => row[0] === "Usage licence")).toBe(true);
  });
});
