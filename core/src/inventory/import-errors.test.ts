import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./csv-text";
import { fromCsv, toCsv } from "./inventory-csv";
import { InventoryImportError } from "./inventory-import-error";
import { fromJson, toJson } from "./inventory-json";
import { fromXlsx, toXlsx } from "./inventory-xlsx";
import { RECORD_COLUMNS, type RecordColumn } from "./record-columns";
import { recordToRow } from "./record-to-row";
import type { Inventory } from "./source-record";
import { inventoryArb } from "./testing/arbitrary-inventory";
import { exampleInventory } from "./testing/example-inventory";

function importError(run: () => unknown): InventoryImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof InventoryImportError) return error;
    throw error;
  }
  throw new Error("expected the import to be rejected");
}

/** Cell values no valid record can hold, per column. */
const INVALID_CELLS: readonly [RecordColumn, string][] = [
  ["indicators", "Not An ID"],
  ["years", "20x5"],
  ["periodicity", "sometimes"],
  ["geography", "planet"],
  ["access", "secret"],
  ["quality", "estimate; dubious"],
  ["proxy", "maybe"],
  ["origin", "alien"],
  ["lastUpdate", "15/03/2024"],
  ["breakdowns", "colour"],
  ["definition", "{not json"],
  ["openness", '{"machineReadable": "yes"}'],
];

function csvWithCell(
  inventory: Inventory,
  recordIndex: number,
  column: RecordColumn,
  value: string,
): string {
  const rows = inventory.records.map((record, index) => {
    const row = recordToRow(record);
    if (index === recordIndex) row[column] = value;
    return RECORD_COLUMNS.map((name) => row[name]);
  });
  return writeCsv([[...RECORD_COLUMNS], ...rows]);
}

describe("all-or-nothing import", () => {
  it("rejects a mutated row of any valid inventory, naming its row and field", () => {
    const withRecords = inventoryArb.filter((inventory) => inventory.records.length > 0);
    fc.assert(
      fc.property(
        withRecords,
        fc.nat(),
        fc.constantFrom(...INVALID_CELLS),
        (inventory, pick, [column, value]) => {
          const recordIndex = pick % inventory.records.length;
          const error = importError(() =>
            fromCsv(csvWithCell(inventory, recordIndex, column, value)),
          );
          // Header is row 1, so record k sits on row k + 2.
          expect(error.problems).toContainEqual(
            expect.objectContaining({ row: recordIndex + 2, field: column }),
          );
          expect(error.problems.every((problem) => problem.row === recordIndex + 2)).toBe(true);
        },
      ),
    );
  });

  it("lists every bad row at once, and a good row does not make the file pass", () => {
    const csv = csvWithCell(exampleInventory, 0, "geography", "planet").replace(
      "on-request",
      "whenever",
    );
    const error = importError(() => fromCsv(csv));
    expect(error.problems.map((p) => [p.row, p.field])).toEqual([
      [2, "geography"],
      [3, "access"],
    ]);
    expect(error.message).toContain("row 2, geography");
  });

  it("reports duplicate IDs, unknown columns and missing location", () => {
    const twice = {
      ...exampleInventory,
      records: [exampleInventory.records[0], exampleInventory.records[0]],
    };
    expect(importError(() => fromCsv(toCsv(twice as Inventory))).problems).toEqual([
      expect.objectContaining({ row: 3, field: "id" }),
    ]);
    const renamed = toCsv(exampleInventory).replace("producer,", "produce,");
    expect(importError(() => fromCsv(renamed)).problems).toEqual([
      expect.objectContaining({ row: 1, field: "produce" }),
    ]);
    const noLocation = writeCsv([
      ["id", "indicators", "geography", "access"],
      ["a", "stock-immigrants", "national", "public"],
    ]);
    expect(importError(() => fromCsv(noLocation)).problems).toEqual([
      expect.objectContaining({ row: 2, field: "location.kind" }),
      expect.objectContaining({ row: 2, field: "origin" }),
    ]);
  });

  it("rejects cells of another location kind instead of dropping them", () => {
    const csv = csvWithCell(exampleInventory, 2, "location.url", "https://example.org");
    expect(importError(() => fromCsv(csv)).problems).toEqual([
      expect.objectContaining({ row: 4, field: "location.url" }),
    ]);
  });

  it("JSON problems name the record index and the field path", () => {
    const raw = JSON.parse(toJson(exampleInventory)) as { records: Record<string, unknown>[] };
    raw.records[1] = { ...raw.records[1], periodicity: "weekly" };
    raw.records[2] = { ...raw.records[2], location: { kind: "workbook", sheet: "x" } };
    const problems = importError(() => fromJson(JSON.stringify(raw))).problems;
    expect(problems).toContainEqual(expect.objectContaining({ record: 1, field: "periodicity" }));
    expect(problems).toContainEqual(expect.objectContaining({ record: 2, field: "location.file" }));
    expect(importError(() => fromJson("{ not json")).problems[0]?.field).toBe("(file)");
  });

  it(".xlsx: a bad cell rejects the workbook with its row", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(exampleInventory)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("Records");
    if (sheet === undefined) throw new Error("no Records sheet");
    sheet.getCell(3, RECORD_COLUMNS.indexOf("years") + 1).value = "2019-2017";
    const bytes = new Uint8Array(
      (await workbook.xlsx.writeBuffer()) as unknown as ArrayLike<number>,
    );
    await expect(fromXlsx(bytes)).rejects.toMatchObject({ problems: [{ row: 3, field: "years" }] });
    await expect(fromXlsx(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(InventoryImportError);
  });
});
