/**
 * Item 8 of issue 10 on a real workbook of the tune split: INE–Sermig's estimate of Chile's
 * foreign residents restates its counts as shares ("Porcentaje" beside each year's total) and
 * as differences between two editions of the estimate ("Diferencias" after "Actualización
 * 2022" and "Estimación anterior"). Those columns are facts of their table, not measures.
 */
import { readWorkbookFile } from "@gapmap/cli";
import { detectTables, type DetectedTable } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { corpusFilePath } from "./corpus-manifest";
import { loadCorpus } from "./load-corpus";
import { splitOf } from "./split";

const ID = "cl-ine-sermig-estimacion-extranjeros-2018-2022";

async function tablesOf(sheet: string): Promise<DetectedTable[]> {
  const item = loadCorpus().items.find((i) => i.entry.id === ID);
  if (!item) throw new Error(`${ID} is not in the corpus`);
  const read = await readWorkbookFile(corpusFilePath(item.entry));
  if (!read.ok) throw new Error(read.error.message);
  const grid = read.sheets.find((g) => g.name === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return detectTables(grid, { index: null });
}

describe("derived columns of a real estimate workbook", () => {
  it("is a tune file (rules may be tuned on it)", () => {
    expect(splitOf(ID)).toBe("tune");
  });

  it("reads each year's 'Porcentaje' beside its total as the distribution of that total", async () => {
    const [t] = await tablesOf("Regiones estimación");
    expect(t?.valueColumnCount).toBe(10);
    expect(t?.derived?.map((d) => [d.kind, d.label])).toEqual(
      [2018, 2019, 2020, 2021, 2022].map((y) => ["distribution", `${y} Porcentaje`]),
    );
  });

  it("reads the differences between two editions as changes of the same table", async () => {
    const tables = await tablesOf("Anexo diferencias región");
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t?.range).toBe("A2:M21");
    expect(t?.derived?.map((d) => [d.kind, d.range])).toEqual([
      ["change", "J2:J21"],
      ["change", "K2:K21"],
      ["change", "L2:L21"],
      ["change", "M2:M21"],
    ]);
    // The years are the columns' own, not the edition's in the band above ("Actualización 2022").
    expect([t?.periods.first, t?.periods.last]).toEqual(["2018", "2021"]);
  });
});
