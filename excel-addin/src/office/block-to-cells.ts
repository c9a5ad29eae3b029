/**
 * Turns the arrays Office.js returns for a block (values, valueTypes, numberFormat) into grid
 * cells: dates as ISO strings, errors as their code, empty cells as null, trailing empties dropped.
 */
import type { CellValue } from "@gapmap/core";
import { isDateFormat, serialToIso } from "./serial-date";

/** Excel's default format; cells carrying it are left out of the grid's sparse format map. */
export const GENERAL_FORMAT = "General";

export type RawValue = string | number | boolean | null;

export interface RawBlock {
  values: readonly (readonly RawValue[])[];
  valueTypes: readonly (readonly string[])[];
  numberFormat: readonly (readonly string[])[];
}

export function toCellValue(value: RawValue, valueType: string, format: string): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      // Office.js gives the error's display text ("#N/A", "#DIV/0!") as the value.
      return typeof value === "string" ? value : String(value);
    case "Double":
    case "Integer":
      if (typeof value === "number" && isDateFormat(format)) return serialToIso(value) ?? value;
      return typeof value === "number" ? value : Number(value);
    case "Boolean":
      return typeof value === "boolean" ? value : value === "TRUE";
    default:
      if (value === "" || value === null) return null;
      return value;
  }
}

function trimTrailingNulls(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}

/** Converts one block's rows; `formats` gets non-General formats keyed by address. */
export function blockToRows(
  block: RawBlock,
  addressOf: (rowInBlock: number, column: number) => string,
  formats: Record<string, string>,
): CellValue[][] {
  return block.values.map((rawRow, r) => {
    const types = block.valueTypes[r] ?? [];
    const fmts = block.numberFormat[r] ?? [];
    const row = rawRow.map((value, c) => {
      const format = fmts[c] ?? GENERAL_FORMAT;
      const cell = toCellValue(value, types[c] ?? "Unknown", format);
      if (format !== GENERAL_FORMAT && cell !== null) formats[addressOf(r, c)] = format;
      return cell;
    });
    return trimTrailingNulls(row);
  });
}
