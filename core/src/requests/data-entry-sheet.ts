/**
 * Writes one data-entry sheet (exceljs): title, definition and help above the table, locked
 * labels and headers, white unlocked cells for numbers, categories the agency names and notes;
 * number validation on every data cell; sheet protection without a password (it guards the
 * layout against slips, not against a determined user, and the reader reports any change).
 */
import type ExcelJS from "exceljs";
import type { PackLabels } from "./pack-labels";
import type { RequestItem, RequestTable } from "./request-pack-schema";

const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } } as const;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } } as const;
const WHITE = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } } as const;
const THIN = { style: "thin", color: { argb: "FFB0B0B0" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Figures a ministry may report, negative ones included (net migration, balances). */
const NUMBER_LIMIT = 1e15;

function unlock(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  cell.fill = WHITE;
  cell.border = BORDER;
}

export async function addDataEntrySheet(
  workbook: ExcelJS.Workbook,
  item: RequestItem,
  table: RequestTable,
  labels: PackLabels,
): Promise<void> {
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.getColumn(table.breakdownColumn).width = 22;
  sheet.getColumn(table.categoryColumn).width = 26;
  for (const { column } of table.yearColumns) sheet.getColumn(column).width = 12;
  sheet.getColumn(table.notesColumn).width = 48;

  const title = sheet.getCell(1, 1);
  title.value = item.nameIsFallback ? `${item.name} ${labels.englishName}` : item.name;
  title.font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = `${item.indicator}: ${item.definition}`;
  sheet.getCell(3, 1).value = labels.entryHelp;
  sheet.getCell(3, 1).font = { italic: true };
  // Long texts wrap across the table's width instead of stretching the first column.
  for (const [row, height] of [
    [2, 48],
    [3, 32],
  ] as const) {
    sheet.mergeCells(row, 1, row, table.notesColumn);
    sheet.getCell(row, 1).alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(row).height = height;
  }

  const header = sheet.getRow(table.headerRow);
  table.header.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    // Years are written as text so the header reads the same in every spreadsheet program.
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });

  table.rows.forEach((row, i) => {
    const excelRow = sheet.getRow(table.headerRow + 1 + i);
    const label = excelRow.getCell(table.breakdownColumn);
    label.value = table.breakdownLabels[row.breakdown] ?? row.breakdown;
    label.fill = GREY;
    label.border = BORDER;
    const category = excelRow.getCell(table.categoryColumn);
    if (row.category === undefined) unlock(category);
    else {
      category.value = row.category;
      category.fill = GREY;
      category.border = BORDER;
    }
    for (const { column } of table.yearColumns) {
      const cell = excelRow.getCell(column);
      unlock(cell);
      cell.dataValidation = {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [-NUMBER_LIMIT, NUMBER_LIMIT],
        showErrorMessage: true,
        errorStyle: "stop",
        error: labels.numberError,
      };
    }
    unlock(excelRow.getCell(table.notesColumn));
  });
  sheet.views = [{ state: "frozen", ySplit: table.headerRow, xSplit: table.categoryColumn }];
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
  });
}
