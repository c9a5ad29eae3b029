import { describe, expect, it } from "vitest";
import type { CellValue, Grid } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { MIN_RECORD_ROWS } from "./record-tables";
import { grid } from "./testing/grid";

const SEXES = ["Hombre", "Mujer"];
const COUNTRIES = ["Perú", "Bolivia", "Colombia", "Haití", "Venezuela"];
const AGES = ["18-29", "30-44", "45-59", "60 y más"];
const CITIES = ["Santiago", "Arica", "Iquique", "Antofagasta", "Calama"];

/** Case records cycling through the categories, `n` rows. */
function records(n: number, withYear: boolean): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const row: CellValue[] = [SEXES[i % 2] ?? "", COUNTRIES[i % 5] ?? "", AGES[i % 4] ?? ""];
    row.push(withYear ? 2010 + (i % 7) : (CITIES[(i * 3) % 5] ?? ""));
    return row;
  });
}

const kinds = (g: Grid) => detectTables(g, { index: null })[0]?.dimensions.map((d) => d.kind);

describe("record-level tables (one row per case, no count column)", () => {
  it("reads a year column's records as a table with its breakdowns and years", () => {
    const g = grid([
      ["SEXO", "PAÍS_DE_NACIONALIDAD", "RANGO_ETARIO", "AÑO"],
      ...records(120, true),
    ]);
    const [t, ...rest] = detectTables(g, { index: null });
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ range: "A1:D121", valueColumnCount: 0, headerRows: [1] });
    expect(t?.dimensions.map((d) => d.kind).sort()).toEqual(["age", "country", "sex", "time"]);
    expect(t?.periods).toMatchObject({ first: "2010", last: "2016" });
  });

  it("reads records of words alone (no number anywhere) under their header row", () => {
    const g = grid([
      ["Solicitantes de refugio"],
      ["Sexo", "Nacionalidad", "Edad", "Comuna"],
      ...records(80, false),
    ]);
    const [t] = detectTables(g, { index: null });
    expect(t?.range).toBe("A2:D82");
    expect(kinds(g)).toEqual(expect.arrayContaining(["sex", "country", "age"]));
  });

  it("leaves short lists, unheaded columns and lists of names alone", () => {
    const short = grid([
      ["Sexo", "Nacionalidad", "Edad", "Año"],
      ...records(MIN_RECORD_ROWS - 5, true),
    ]);
    expect(detectTables(short, { index: null })).toEqual([]);
    const unheaded = grid([["Sexo", "", "Edad", "Año"], ...records(120, true)]);
    expect(detectTables(unheaded, { index: null })).toEqual([]);
    // A glossary: every term and definition distinct, nothing repeats.
    const glossary = grid([
      ["Term", "Definition"],
      ...Array.from({ length: 90 }, (_, i) => [`Term ${i}`, `What term ${i} means, at length.`]),
    ]);
    expect(detectTables(glossary, { index: null })).toEqual([]);
    // A World Bank "Metadata - Countries" sheet: a code per row, then its region and income group.
    const metadata = grid([
      ["Country Code", "Region", "IncomeGroup"],
      ...Array.from({ length: 120 }, (_, i) => [
        `C${String(i).padStart(2, "0")}`,
        ["Europe & Central Asia", "Sub-Saharan Africa", "South Asia"][i % 3] ?? "",
        ["High income", "Low income"][i % 2] ?? "",
      ]),
    ]);
    expect(detectTables(metadata, { index: null })).toEqual([]);
  });
});
