/** Shared look of the assessment workbook's sheets. */
import type ExcelJS from "exceljs";
import { columnLetters } from "../grid/address";

export const HEADER_FILL = "FF1F4E79";
export const HEADER_FONT = "FFFFFFFF";
/** Traffic-light fills (Excel's own "good / neutral / bad" palette). */
export const TRAFFIC_LIGHT = {
  met: { fill: "FFC6EFCE", font: "FF006100" },
  "partly-met": { fill: "FFFFEB9C", font: "FF9C5700" },
  "not-met": { fill: "FFFFC7CE", font: "FF9C0006" },
} as const;
export const DATA_BAR_COLOUR = "FF638EC6";

/**
 * A cell font with its name: without one, LibreOffice draws the text in its default serif font
 * rather than the workbook's Calibri.
 */
export function sheetFont(font: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { name: "Calibri", size: 11, ...font };
}

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = sheetFont({ bold: true, color: { argb: HEADER_FONT } });
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  row.alignment = { vertical: "middle", wrapText: true };
}

/** 1-based column number (as exceljs counts) → letters (1 → A). */
export function columnLetter(column: number): string {
  return columnLetters(column - 1);
}
