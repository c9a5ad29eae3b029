/**
 * The workbook layout shared by .xlsx export and the hand-fill template: a "Records" sheet
 * (styled, frozen header in the record columns) and an "About" sheet with the inventory's owner
 * and schema version.
 */
import type ExcelJS from "exceljs";
import { RECORD_COLUMNS } from "./record-columns";
import { INVENTORY_SCHEMA_VERSION } from "./source-record";

export const RECORDS_SHEET = "Records";
export const ABOUT_SHEET = "About";
export const ABOUT_OWNER_LABEL = "owner";
export const ABOUT_VERSION_LABEL = "schemaVersion";

const HEADER_FILL = "FF1F4E79";
const HEADER_FONT = "FFFFFFFF";
const COLUMN_WIDTH = 18;
const WIDE_COLUMNS: Readonly<Record<string, number>> = {
  title: 40,
  notes: 40,
  indicators: 30,
  "location.file": 30,
};

export function addRecordsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(RECORDS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = RECORD_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: WIDE_COLUMNS[column] ?? COLUMN_WIDTH,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: HEADER_FONT } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  return sheet;
}

export function addAboutSheet(
  workbook: ExcelJS.Workbook,
  owner: string | undefined,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.addRow([ABOUT_OWNER_LABEL, owner ?? ""]);
  sheet.addRow([ABOUT_VERSION_LABEL, INVENTORY_SCHEMA_VERSION]);
  sheet.getColumn(1).width = COLUMN_WIDTH;
  sheet.getColumn(2).width = WIDE_COLUMNS["title"] ?? COLUMN_WIDTH;
  return sheet;
}
