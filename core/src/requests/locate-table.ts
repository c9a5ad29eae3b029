/**
 * Finds a returned table where its key points: the defined name first (spreadsheet programs move
 * it when rows are inserted), then the row the pack was written with, then a search for the
 * header row anywhere on the sheet. Every move is reported.
 */
import type ExcelJS from "exceljs";
import { cellText } from "../inventory/xlsx-cells";
import type { RequestTable } from "./request-pack-schema";

/** How far below its written row a moved header is looked for. */
const SEARCH_ROWS = 500;

export interface LocatedColumns {
  headerRow: number;
  breakdown: number;
  category: number;
  notes: number;
  years: { column: number; year: number }[];
}

function headerTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const cells: string[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell, column) => {
    cells[column - 1] = cellText(cell.value).trim();
  });
  // Sparse where cells were never written: fill the holes.
  return Array.from(cells, (text: string | undefined) => text ?? "");
}

/** The columns of a header row, or undefined when the row is not this table's header. */
function columnsAt(
  sheet: ExcelJS.Worksheet,
  row: number,
  table: RequestTable,
): LocatedColumns | undefined {
  const texts = headerTexts(sheet, row);
  const columnOf = (label: string | undefined) => {
    const index = label === undefined ? -1 : texts.indexOf(label);
    return index < 0 ? undefined : index + 1;
  };
  const breakdown = columnOf(table.header[table.breakdownColumn - 1]);
  const category = columnOf(table.header[table.categoryColumn - 1]);
  if (breakdown === undefined || category === undefined) return undefined;
  const years = texts.flatMap((text, i) =>
    /^\d{4}$/.test(text) ? [{ column: i + 1, year: Number(text) }] : [],
  );
  if (years.length === 0) return undefined;
  return {
    headerRow: row,
    breakdown,
    category,
    notes: columnOf(table.header[table.notesColumn - 1]) ?? table.notesColumn,
    years,
  };
}

/** The first row of the defined name's current range on this sheet, if it still exists. */
function definedNameRow(workbook: ExcelJS.Workbook, table: RequestTable): number | undefined {
  const ranges = workbook.definedNames.getRanges(table.definedName).ranges;
  for (const range of ranges) {
    const match = /^'?(.*?)'?!\$?[A-Z]+\$?(\d+)/.exec(range);
    if (match?.[1]?.replace(/''/g, "'") === table.sheet && match[2] !== undefined)
      return Number(match[2]);
  }
  return undefined;
}

export function locateTable(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  table: RequestTable,
  changes: string[],
): LocatedColumns | undefined {
  const named = definedNameRow(workbook, table);
  const tried = [named, table.headerRow].filter((row): row is number => row !== undefined);
  for (const row of tried) {
    const found = columnsAt(sheet, row, table);
    if (found !== undefined) {
      if (row !== table.headerRow)
        changes.push(
          `the table starts at row ${String(row)}, not ${String(table.headerRow)} (rows were inserted or deleted above it)`,
        );
      return found;
    }
  }
  const last = Math.max(sheet.rowCount, table.headerRow) + SEARCH_ROWS;
  for (let row = 1; row <= last; row++) {
    const found = columnsAt(sheet, row, table);
    if (found !== undefined) {
      changes.push(
        `the table was found at row ${String(row)}, not ${String(table.headerRow)} (rows were inserted or deleted above it)`,
      );
      return found;
    }
  }
  return undefined;
}

/** Year columns the key asked for that are gone, moved, or new. */
export function reportYearChanges(
  table: RequestTable,
  located: LocatedColumns,
  changes: string[],
): void {
  for (const { year, column } of table.yearColumns) {
    const now = located.years.find((y) => y.year === year);
    if (now === undefined) changes.push(`the ${String(year)} column is missing`);
    else if (now.column !== column) changes.push(`the ${String(year)} column moved`);
  }
  for (const { year } of located.years)
    if (!table.yearColumns.some((y) => y.year === year))
      changes.push(`a column for ${String(year)} was added and is read too`);
}
