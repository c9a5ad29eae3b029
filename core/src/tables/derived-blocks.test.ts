import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { derivedColumns, derivedKindOf } from "./derived-blocks";
import { detectedTableSchema } from "./schema";
import { grid as sheetGrid } from "./testing/grid";

const grid = (rows: CellValue[][]) => sheetGrid(rows, "Tab24");
const header = ["Region", "Refugees", "Asylum-seekers", "Returned refugees"];
const block = (section: string, base: number): CellValue[][] => [
  [section],
  [],
  header,
  ["Africa", base, base + 1, base + 2],
  ["Asia", base + 3, base + 4, base + 5],
  ["Europe", base + 6, base + 7, base + 8],
  [],
];

describe("derived blocks", () => {
  it("reads change and distribution labels in several languages", () => {
    expect(derivedKindOf("Change (%)")).toBe("change");
    expect(derivedKindOf("Annual change")).toBe("change");
    expect(derivedKindOf("Variación anual")).toBe("change");
    expect(derivedKindOf("Изменение, %")).toBe("change");
    expect(derivedKindOf("Distribution by category")).toBe("distribution");
    expect(derivedKindOf("Répartition (%)")).toBe("distribution");
    expect(derivedKindOf("End-2015")).toBeUndefined();
  });

  it("makes 'Change' blocks facts of the table above them, not tables of their own", () => {
    const tables = detectTables(
      grid([...block("End-2014", 10), ...block("End-2015", 20), ...block("Change (%)", 1)]),
      { index: null },
    );
    expect(tables).toHaveLength(3);
    const [t2014, t2015, change] = tables;
    for (const t of tables) expect(detectedTableSchema.parse(t)).toBeTruthy();
    expect(t2014?.derived).toBeUndefined();
    expect(t2015?.derived).toEqual([{ range: change?.range, kind: "change", label: "Change (%)" }]);
    expect(change?.derivedOf).toEqual({ range: t2015?.range, kind: "change", label: "Change (%)" });
  });

  it("links a block under a long title that starts with the change, with one column fewer", () => {
    const years = (first: number, n: number) => Array.from({ length: n }, (_, i) => `${first + i}`);
    const rows: CellValue[][] = [
      ["Asylum applications by region"],
      [],
      ["Region", ...years(2013, 3)],
      ["Africa", 10, 12, 15],
      ["Asia", 20, 24, 21],
      ["Europe", 5, 6, 9],
      [],
      ["Percentage change in asylum applications by region, year on year"],
      [],
      ["Region", "2013–14", "2014–15"],
      ["Africa", 20, 25],
      ["Asia", 20, -12.5],
      ["Europe", 20, 50],
    ];
    const [counts, change] = detectTables(grid(rows), { index: null });
    expect(change?.derivedOf).toMatchObject({ range: counts?.range, kind: "change" });
    expect(counts?.derived).toHaveLength(1);
  });

  it("reads a long title that only mentions a change as a name, not a block", () => {
    const rows: CellValue[][] = [
      ["Region", "2014", "2015"],
      ["Africa", 10, 12],
      ["Asia", 20, 24],
      [],
      ["Refugees hosted by region: a decade of change in protection, 2005–2015"],
      ["Region", "2014", "2015"],
      ["Africa", 11, 13],
      ["Asia", 21, 23],
    ];
    const tables = detectTables(grid(rows), { index: null });
    expect(tables).toHaveLength(2);
    expect(tables[1]?.derivedOf).toBeUndefined();
  });

  it("makes a change block beside the counts, under a band, facts of their table", () => {
    const [t] = detectTables(
      grid([
        ["", "Number of applications", "", "", "Change in the number of applications (%)", ""],
        ["Region", "2014", "2015", "", "2014", "2015"],
        ["Africa", 10, 12, null, 20, 30],
        ["Asia", 20, 22, null, 10, 55],
        ["Europe", 5, 6, null, 20, 15],
      ]),
      { index: null },
    );
    expect(t?.derived?.map((d) => d.kind)).toEqual(["change", "change"]);
  });

  it("makes change and share columns beside the counts facts of their table", () => {
    const [t] = detectTables(
      grid([
        ["Region", "2014", "2015", "Change (%)", "Distribution (%)"],
        ["Africa", 10, 12, 20, 30],
        ["Asia", 20, 22, 10, 55],
        ["Europe", 5, 6, 20, 15],
      ]),
      { index: null },
    );
    expect(t?.derived).toEqual([
      { range: "D1:D4", kind: "change", label: "Change (%)" },
      { range: "E1:E4", kind: "distribution", label: "Distribution (%)" },
    ]);
    expect(t?.valueColumnCount).toBe(4);
  });

  it("leaves a table alone whose every value column is a change", () => {
    const [t] = detectTables(
      grid([
        ["Region", "Annual change", "Change (%)"],
        ["Africa", 2, 20],
        ["Asia", 2, 10],
      ]),
      { index: null },
    );
    expect(t?.derived).toBeUndefined();
  });

  it("links nothing when no table above has the same value columns", () => {
    const other: CellValue[][] = [
      ["Change (%)"],
      [],
      ["Region", "Total"],
      ["Africa", 1],
      ["Asia", 2],
    ];
    const tables = detectTables(grid([...block("End-2014", 10), ...other]), { index: null });
    expect(tables).toHaveLength(2);
    expect(tables.every((t) => t.derived === undefined && t.derivedOf === undefined)).toBe(true);
  });
});

describe("differences and percentages as derived columns", () => {
  it("knows differences and shares in the languages offices use", () => {
    expect(derivedKindOf("Diferencias")).toBe("change");
    expect(derivedKindOf("Différence")).toBe("change");
    expect(derivedKindOf("Разница")).toBe("change");
    expect(derivedKindOf("Porcentaje")).toBe("distribution");
    expect(derivedKindOf("Pourcentage")).toBe("distribution");
    // A change in per cent is a change.
    expect(derivedKindOf("Porcentaje de variación")).toBe("change");
  });

  it("keeps a table of percentages only a table of its own", () => {
    const cols = (labels: string[]) =>
      derivedColumns(labels.map((label, i) => ({ range: `B${i}:B9`, label })));
    expect(cols(["2018 Total", "2018 Porcentaje"]).map((d) => d.kind)).toEqual(["distribution"]);
    expect(cols(["2018 Porcentaje", "2019 Porcentaje"])).toEqual([]);
  });
});
