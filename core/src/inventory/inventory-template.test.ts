import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import {
  buildInventoryTemplate,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  TEMPLATE_ROWS,
} from "./inventory-template";
import { fromXlsx } from "./inventory-xlsx";
import { RECORD_COLUMNS, type RecordColumn } from "./record-columns";
import { RECORDS_SHEET } from "./records-sheet";
import { PERIODICITIES } from "./source-record";

const catalogue = getCatalogue();

async function openTemplate() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildInventoryTemplate(catalogue)).buffer as ArrayBuffer);
  const records = workbook.getWorksheet(RECORDS_SHEET);
  const lists = workbook.getWorksheet(LISTS_SHEET);
  if (records === undefined || lists === undefined) throw new Error("template sheets missing");
  return { workbook, records, lists };
}

const columnNumber = (column: RecordColumn) => RECORD_COLUMNS.indexOf(column) + 1;

/** The values a list validation offers, read back from the Lists sheet it points at. */
function listValues(lists: ExcelJS.Worksheet, formula: string | undefined): string[] {
  const match = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula ?? "");
  if (!match) throw new Error(`unexpected formula ${formula}`);
  const [, letter = "", from = "0", to = "0"] = match;
  const values: string[] = [];
  for (let row = Number(from); row <= Number(to); row++)
    values.push(lists.getCell(`${letter}${row}`).text);
  return values;
}

describe("buildInventoryTemplate", () => {
  it("lays out the export's columns under a frozen, styled header", async () => {
    const { workbook, records } = await openTemplate();
    expect((records.getRow(1).values as unknown[]).slice(1)).toEqual([...RECORD_COLUMNS]);
    expect(records.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(records.getRow(1).font.bold).toBe(true);
    expect(workbook.getWorksheet(LISTS_SHEET)?.state).toBe("hidden");
    expect(workbook.getWorksheet(INSTRUCTIONS_SHEET)?.rowCount).toBeGreaterThan(
      catalogue.indicators.length,
    );
  });

  it("puts drop-downs fed from the Lists sheet on the closed columns only", async () => {
    const { records, lists } = await openTemplate();
    const expected: [RecordColumn, string[]][] = [
      ["indicators", catalogue.indicators.map((i) => i.id)],
      ["sourceType", catalogue.sourceTypes.map((s) => s.id)],
      ["periodicity", [...PERIODICITIES]],
      ["geography", ["national", "admin-1", "admin-2"]],
      ["access", ["public", "on-request", "restricted"]],
      ["origin", ["scan", "extension", "template", "import", "data-request"]],
    ];
    for (const [column, values] of expected) {
      for (const row of [2, TEMPLATE_ROWS + 1]) {
        const validation = records.getCell(row, columnNumber(column)).dataValidation;
        expect(validation.type, `${column} row ${row}`).toBe("list");
        expect(listValues(lists, validation.formulae[0] as string | undefined)).toEqual(values);
      }
    }
    expect(records.getCell(2, columnNumber("quality")).dataValidation.errorStyle).toBe("warning");
    expect(records.getCell(2, columnNumber("title")).dataValidation).toBeUndefined();
  });

  it("reads a filled template back, with origin template and generated IDs", async () => {
    const { workbook, records } = await openTemplate();
    const fill: Partial<Record<RecordColumn, ExcelJS.CellValue>> = {
      title: "Иммигранты по странам рождения",
      indicators: "stock-immigrants; stock-foreign-citizens",
      years: 2021,
      lastUpdate: new Date(Date.UTC(2024, 2, 15)),
      geography: "national",
      access: "public",
      proxy: true,
      "location.file": "census.xlsx",
      "location.sheet": "T5",
    };
    for (const [column, value] of Object.entries(fill))
      records.getCell(2, columnNumber(column as RecordColumn)).value = value;
    const about = workbook.getWorksheet("About");
    if (about === undefined) throw new Error("no About sheet");
    about.getCell("B1").value = "Министерство труда";
    const bytes = new Uint8Array(
      (await workbook.xlsx.writeBuffer()) as unknown as ArrayLike<number>,
    );
    const inventory = await fromXlsx(bytes);
    expect(inventory.owner).toBe("Министерство труда");
    expect(inventory.records).toStrictEqual([
      {
        id: "row-2",
        title: "Иммигранты по странам рождения",
        indicators: ["stock-immigrants", "stock-foreign-citizens"],
        location: { kind: "workbook", file: "census.xlsx", sheet: "T5" },
        years: [2021],
        lastUpdate: "2024-03-15",
        periodicity: "unknown",
        breakdowns: [],
        geography: "national",
        access: "public",
        quality: [],
        proxy: true,
        origin: "template",
      },
    ]);
  });
});
