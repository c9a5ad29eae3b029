/**
 * Sources sheet: the inventory behind the assessment, in the inventory's record columns. Prints
 * the columns a reader needs (ID to quality) one page wide; the location, definition and
 * openness details stay on screen.
 */
import type ExcelJS from "exceljs";
import { RECORD_COLUMNS, type RecordColumn } from "../inventory/record-columns";
import { recordToRow } from "../inventory/record-to-row";
import type { Inventory } from "../inventory/source-record";
import { fitRowHeights, pageSetup, printArea, type PrintOptions } from "./print-setup";
import { columnLetter, styleHeaderRow } from "./sheet-style";

export const SOURCES_SHEET = "Sources";
const COLUMN_WIDTH = 18;
/** Printed columns and their widths (sum within the Letter landscape budget, print-setup.test.ts). */
const PRINTED_WIDTHS: Partial<Record<RecordColumn, number>> = {
  id: 15,
  title: 17,
  indicators: 19,
  producer: 13,
  sourceType: 12,
  years: 10,
  lastUpdate: 10,
  periodicity: 10,
  breakdowns: 14,
  geography: 9,
  access: 8,
  quality: 8,
};
export const SOURCES_PRINTED_COLUMNS = RECORD_COLUMNS.indexOf("quality") + 1;

export function addSourcesSheet(
  workbook: ExcelJS.Workbook,
  inventory: Inventory,
  print: PrintOptions,
): void {
  const sheet = workbook.addWorksheet(SOURCES_SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
    ...pageSetup(SOURCES_SHEET, print, { orientation: "landscape", titleRows: "1:1" }),
  });
  sheet.columns = RECORD_COLUMNS.map((name) => ({
    header: name,
    key: name,
    width: PRINTED_WIDTHS[name] ?? COLUMN_WIDTH,
  }));
  styleHeaderRow(sheet.getRow(1));
  for (const record of inventory.records) {
    const row = recordToRow(record);
    // Text cells, so IDs and year lists are not reinterpreted as numbers or dates.
    sheet.addRow(RECORD_COLUMNS.map((name) => row[name]));
  }
  const lastRow = Math.max(sheet.rowCount, 2);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: lastRow, column: RECORD_COLUMNS.length },
  };
  sheet.pageSetup.printArea = printArea(columnLetter(SOURCES_PRINTED_COLUMNS), lastRow);
  fitRowHeights(sheet, 1);
}
