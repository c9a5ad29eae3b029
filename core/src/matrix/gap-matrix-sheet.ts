/**
 * Gap matrix sheet: indicators × gap types with traffic-light conditional formatting, a legend,
 * frozen headers, an autofilter and a landscape, fit-to-width print setup that repeats the
 * header row on every page.
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
import { TRAFFIC_LIGHT, columnLetter, styleHeaderRow } from "./sheet-style";

export const GAP_MATRIX_SHEET = "Gap matrix";
/** Title, legend, then the header row. */
export const MATRIX_HEADER_ROW = 3;
const FROZEN_COLUMNS = 2;
const STATUS_COLUMN_WIDTH = 13;
const WIDTHS: Readonly<Record<string, number>> = {
  "Indicator ID": 24,
  Indicator: 44,
  "Gap details": 60,
  Conflicts: 30,
  Records: 24,
};

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

function addLegend(sheet: ExcelJS.Worksheet): void {
  const legend = sheet.getRow(2);
  legend.getCell(1).value = "Legend";
  legend.getCell(1).font = { bold: true };
  const entries = (["met", "partly-met", "not-met"] as const).map((status) => ({
    text: STATUS_LABELS[status],
    colours: TRAFFIC_LIGHT[status],
  }));
  entries.forEach((entry, index) => {
    const cell = legend.getCell(index + 2);
    cell.value = entry.text;
    cell.fill = solid(entry.colours.fill);
    cell.font = { color: { argb: entry.colours.font } };
  });
  legend.getCell(entries.length + 2).value = `${NOT_ASSESSED} not assessed`;
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

export function addGapMatrixSheet(workbook: ExcelJS.Workbook, assessment: Assessment): void {
  const header = matrixHeader();
  const sheet = workbook.addWorksheet(GAP_MATRIX_SHEET, {
    views: [{ state: "frozen", xSplit: FROZEN_COLUMNS, ySplit: MATRIX_HEADER_ROW }],
    pageSetup: {
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      // 0 = as many pages tall as needed.
      fitToHeight: 0,
      printTitlesRow: `${MATRIX_HEADER_ROW}:${MATRIX_HEADER_ROW}`,
    },
  });
  sheet.getCell("A1").value = `Gap matrix: ${assessment.profile.name} (${assessment.date})`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  addLegend(sheet);
  const headerRow = sheet.getRow(MATRIX_HEADER_ROW);
  headerRow.values = header;
  styleHeaderRow(headerRow);
  header.forEach((name, index) => {
    sheet.getColumn(index + 1).width = WIDTHS[name] ?? STATUS_COLUMN_WIDTH;
  });
  for (const row of assessment.rows) {
    const added = sheet.addRow(matrixCells(row));
    added.alignment = { vertical: "top", wrapText: true };
  }
  const lastRow = Math.max(sheet.rowCount, MATRIX_HEADER_ROW + 1);
  sheet.autoFilter = {
    from: { row: MATRIX_HEADER_ROW, column: 1 },
    to: { row: lastRow, column: header.length },
  };
  addTrafficLights(sheet, lastRow);
}
