/**
 * Gap matrix sheet: indicators × gap types with traffic-light conditional formatting, a legend,
 * frozen headers and an autofilter. Printed landscape, one page wide with text of 8 pt or more:
 * narrow status columns under rotated headers, the header row repeated, a page per Migration
 * Profile section, and without the Conflicts and Records columns (the Sources sheet has them).
 */
import type ExcelJS from "exceljs";
import { GAP_TYPES } from "../gaps/gap-schema";
import type { Assessment } from "./assessment-schema";
import {
  MATRIX_LEADING_COLUMNS,
  NOT_ASSESSED,
  STATUS_LABELS,
  matrixCells,
  matrixHeader,
} from "./matrix-cells";
import { fitRowHeights, pageSetup, printArea, type PrintOptions } from "./print-setup";
import { TRAFFIC_LIGHT, columnLetter, styleHeaderRow, sheetFont } from "./sheet-style";

export const GAP_MATRIX_SHEET = "Gap matrix";
/** Title, legend, then the header row. */
export const MATRIX_HEADER_ROW = 3;
const FROZEN_COLUMNS = 2;
/** Widths sum to what prints one page wide on Letter landscape at 8 pt (print-setup.test.ts). */
const STATUS_COLUMN_WIDTH = 5.5;
const WIDTHS: Readonly<Record<string, number>> = {
  "Indicator ID": 13,
  Indicator: 19,
  Section: 5,
  Priority: 8,
  Availability: 11,
  Score: 5,
  "Last year": 5,
  "Gap details": 24,
  Conflicts: 30,
  Records: 24,
};
/** Columns whose header is wider than their values: the header reads bottom to top. */
const ROTATED_HEADERS = new Set(["Section", "Priority", "Score", "Last year"]);
const PRINT_NOTE =
  "Printed without the Conflicts and Records columns; the Sources sheet lists every record.";
/** Printed: everything up to Gap details. */
const PRINTED_COLUMNS = matrixHeader().indexOf("Gap details") + 1;

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

function addLegend(sheet: ExcelJS.Worksheet): void {
  const legend = sheet.getRow(2);
  legend.getCell(1).value = "Legend";
  legend.getCell(1).font = sheetFont({ bold: true });
  const entries = (["met", "partly-met", "not-met"] as const).map((status) => ({
    text: STATUS_LABELS[status],
    colours: TRAFFIC_LIGHT[status],
  }));
  // Above the status columns they explain; the note on printing beside the indicator names.
  legend.getCell(2).value = PRINT_NOTE;
  legend.getCell(2).font = sheetFont({ italic: true });
  const first = MATRIX_LEADING_COLUMNS.length + 1;
  entries.forEach((entry, index) => {
    const cell = legend.getCell(first + index);
    cell.value = entry.text;
    cell.fill = solid(entry.colours.fill);
    cell.font = sheetFont({ color: { argb: entry.colours.font } });
  });
  // Across four status columns: one is too narrow for the words.
  sheet.mergeCells(2, first + entries.length, 2, first + entries.length + 3);
  legend.getCell(first + entries.length).value = `${NOT_ASSESSED} not assessed`;
}

function addTrafficLights(sheet: ExcelJS.Worksheet, lastRow: number): void {
  const firstColumn = MATRIX_LEADING_COLUMNS.length + 1;
  const lastColumn = firstColumn + GAP_TYPES.length - 1;
  const ref = `${columnLetter(firstColumn)}${MATRIX_HEADER_ROW + 1}:${columnLetter(lastColumn)}${lastRow}`;
  const rules = (["met", "partly-met", "not-met"] as const).map(
    (status, index): ExcelJS.CellIsRuleType => ({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${STATUS_LABELS[status]}"`],
      priority: index + 1,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: TRAFFIC_LIGHT[status].fill } },
        font: { color: { argb: TRAFFIC_LIGHT[status].font } },
      },
    }),
  );
  sheet.addConditionalFormatting({ ref, rules });
}

/** A manual page break after the last row of each Migration Profile section. */
function breakBetweenSections(sheet: ExcelJS.Worksheet, assessment: Assessment): void {
  assessment.rows.forEach((row, index) => {
    const next = assessment.rows[index + 1];
    if (next !== undefined && next.section !== row.section) {
      sheet.getRow(MATRIX_HEADER_ROW + 1 + index).addPageBreak();
    }
  });
}

export function addGapMatrixSheet(
  workbook: ExcelJS.Workbook,
  assessment: Assessment,
  print: PrintOptions,
): void {
  const header = matrixHeader();
  const sheet = workbook.addWorksheet(GAP_MATRIX_SHEET, {
    views: [{ state: "frozen", xSplit: FROZEN_COLUMNS, ySplit: MATRIX_HEADER_ROW }],
    ...pageSetup(GAP_MATRIX_SHEET, print, {
      orientation: "landscape",
      titleRows: `${MATRIX_HEADER_ROW}:${MATRIX_HEADER_ROW}`,
    }),
  });
  sheet.getCell("A1").value = `Gap matrix: ${assessment.profile.name} (${assessment.date})`;
  sheet.getCell("A1").font = sheetFont({ bold: true, size: 14 });
  addLegend(sheet);
  const headerRow = sheet.getRow(MATRIX_HEADER_ROW);
  headerRow.values = header;
  styleHeaderRow(headerRow);
  header.forEach((name, index) => {
    sheet.getColumn(index + 1).width = WIDTHS[name] ?? STATUS_COLUMN_WIDTH;
    if (ROTATED_HEADERS.has(name) || WIDTHS[name] === undefined) {
      headerRow.getCell(index + 1).alignment = {
        textRotation: 90,
        vertical: "bottom",
        horizontal: "center",
        wrapText: true,
      };
    }
  });
  for (const row of assessment.rows) {
    const added = sheet.addRow(matrixCells(row));
    added.alignment = { vertical: "top", wrapText: true };
    added.getCell(header.indexOf("Score") + 1).numFmt = "0";
  }
  const lastRow = Math.max(sheet.rowCount, MATRIX_HEADER_ROW + 1);
  sheet.pageSetup.printArea = printArea(columnLetter(PRINTED_COLUMNS), lastRow);
  fitRowHeights(sheet, 2);
  breakBetweenSections(sheet, assessment);
  sheet.autoFilter = {
    from: { row: MATRIX_HEADER_ROW, column: 1 },
    to: { row: lastRow, column: header.length },
  };
  addTrafficLights(sheet, lastRow);
}
