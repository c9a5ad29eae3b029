/**
 * Inventory as CSV: one record per row in the columns of record-columns.ts, RFC 4180 quoting,
 * UTF-8 with a byte-order mark. CSV holds records only; the owner travels beside the file
 * (pass it back to fromCsv).
 */
import { readCsv, writeCsv } from "./csv-text";
import { InventoryImportError } from "./inventory-import-error";
import { RECORD_COLUMNS } from "./record-columns";
import { recordToRow } from "./record-to-row";
import { rowsToInventory, type TableImportOptions } from "./rows-to-inventory";
import type { Inventory } from "./source-record";

/** The header is the first line of the file. */
const CSV_HEADER_ROW = 1;

export function toCsv(inventory: Inventory): string {
  const rows = inventory.records.map((record) => {
    const row = recordToRow(record);
    return RECORD_COLUMNS.map((column) => row[column]);
  });
  return writeCsv([[...RECORD_COLUMNS], ...rows]);
}

/** Parses and validates a whole CSV file; throws InventoryImportError listing every problem. */
export function fromCsv(text: string, options: TableImportOptions = {}): Inventory {
  const parsed = readCsv(text);
  if (!parsed.ok) {
    throw new InventoryImportError([
      { row: parsed.line, field: "(file)", message: parsed.message },
    ]);
  }
  const [header, ...rows] = parsed.rows;
  if (header === undefined)
    throw new InventoryImportError([{ field: "(file)", message: "the file is empty" }]);
  return rowsToInventory(
    {
      header,
      rows: rows.map((cells, index) => ({ rowNumber: CSV_HEADER_ROW + 1 + index, cells })),
    },
    CSV_HEADER_ROW,
    options,
  );
}
