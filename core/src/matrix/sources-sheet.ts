/** Sources sheet: the inventory behind the assessment, in the inventory's record columns. */
import type ExcelJS from "exceljs";
import { RECORD_COLUMNS } from "../inventory/record-columns";
import { recordToRow } from "../inventory/record-to-row";
import type { Inventory } from "../inventory/source-record";
import { styleHeaderRow } from "./sheet-style";

export const SOURCES_SHEET = "Sources";
const COLUMN_WIDTH = 18;

export function addSourcesSheet(workbook: ExcelJS.Workbook, inventory: Inventory): void {
  const sheet = workbook.addWorksheet(SOURCES_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = RECORD_COLUMNS.map((name) => ({ header: name, key: name, width: COLUMN_WIDTH }));
  styleHeaderRow(sheet.getRow(1));
  for (const record of inventory.records) {
    const row = recordToRow(record);
    // Text cells, so IDs and year lists are not reinterpreted as numbers or dates.
    sheet.addRow(RECORD_COLUMNS.map((name) => row[name]));
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(sheet.rowCount, 2), column: RECORD_COLUMNS.length },
  };
}
