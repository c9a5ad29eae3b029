/** One SheetJS dense worksheet to a core Grid: typed values, non-General formats, merges. */
import type { CellObject, WorkSheet } from "@e965/xlsx";
import { toA1 } from "../grid/address";
import type { CellRange, CellValue, Grid } from "../grid/grid";
import { dateToIso, isDateFormat, serialToIsoDate } from "./excel-dates";

const GENERAL_FORMAT = "General";

/** SheetJS error cells hold the BIFF error number; the grid keeps the code users see. */
const ERROR_CODES: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export interface SheetConversionOptions {
  date1904: boolean;
}

function numberFormatOf(cell: CellObject): string | undefined {
  return typeof cell.z === "string" && cell.z !== GENERAL_FORMAT ? cell.z : undefined;
}

function cellValue(cell: CellObject, format: string | undefined, date1904: boolean): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case "n": {
      if (typeof v !== "number") return null;
      if (format !== undefined && isDateFormat(format)) return serialToIsoDate(v, date1904) ?? v;
      return v;
    }
    case "s":
      return typeof v === "string" && v !== "" ? v : null;
    case "b":
      return typeof v === "boolean" ? v : null;
    case "e":
      if (typeof v === "number") return ERROR_CODES[v] ?? cell.w ?? "#ERROR";
      return cell.w ?? "#ERROR";
    case "d":
      if (v instanceof Date) return dateToIso(v) ?? null;
      return typeof v === "string" ? v : null;
    default:
      return null;
  }
}

function lastNonNullIndex(values: readonly CellValue[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i;
  return -1;
}

/**
 * Row r of the grid is row r + 1 of the sheet, whatever the sheet's used range, so formats and
 * merges keep their sheet addresses.
 */
export function sheetToGrid(name: string, sheet: WorkSheet, options: SheetConversionOptions): Grid {
  // Dense rows may be holes (undefined) where a sheet has no cells.
  const data: readonly (CellObject[] | undefined)[] = sheet["!data"] ?? [];
  const rows: CellValue[][] = [];
  const formats: Record<string, string> = {};
  let width = 0;
  let lastRow = -1;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: CellValue[] = [];
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = source[c];
        if (!cell) {
          row.push(null);
          continue;
        }
        const format = numberFormatOf(cell);
        const value = cellValue(cell, format, options.date1904);
        row.push(value);
        if (
          format !== undefined &&
          typeof value !== "boolean" &&
          cell.t !== "s" &&
          value !== null
        ) {
          formats[toA1({ r, c })] = format;
        }
      }
    }
    row.length = lastNonNullIndex(row) + 1;
    if (row.length > 0) {
      lastRow = r;
      width = Math.max(width, row.length);
    }
    rows.push(row);
  }
  rows.length = lastRow + 1;
  const merges: CellRange[] = (sheet["!merges"] ?? []).map((m) => ({
    s: { r: m.s.r, c: m.s.c },
    e: { r: m.e.r, c: m.e.c },
  }));
  for (const m of merges) width = Math.max(width, m.e.c + 1);
  return { name, rows, width, formats, merges };
}
