/**
 * The fake's cells: a sheet's values, types and formats as Excel would hold them after a write,
 * and its merged areas.
 */
import { parseAreasAddress } from "../merged-areas";
import type { RawValue } from "../block-to-cells";
import { coerceWrittenString } from "./excel-rules";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheet {
  name: string;
  id?: string;
  /** The used range's cells, starting at (rowIndex, columnIndex); empty for a blank sheet. */
  values: RawValue[][];
  valueTypes?: string[][];
  numberFormat?: string[][];
  rowIndex?: number;
  columnIndex?: number;
  /** RangeAreas address of merged cells, e.g. "Sheet1!A1:B1"; none when undefined. */
  merged?: string;
  visibility?: SheetVisibility;
  customProperties?: Record<string, string>;
  tables?: string[];
  /** Formulas Excel made of written strings, by "row,column". */
  formulas?: Record<string, string>;
}

export function typeOf(value: RawValue): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  return /^#[A-Z/0!?]+[!?A]?$/.test(value) ? "Error" : "String";
}

export function cellAt(sheet: FakeSheet, r: number, c: number) {
  const row = r - (sheet.rowIndex ?? 0);
  const col = c - (sheet.columnIndex ?? 0);
  return {
    value: sheet.values[row]?.[col] ?? "",
    type: sheet.valueTypes?.[row]?.[col],
    format: sheet.numberFormat?.[row]?.[col] ?? "General",
  };
}

/** Writes one cell's value as Excel stores it (coercion: excel-rules.ts), growing the grids. */
export function setCellValue(sheet: FakeSheet, r: number, c: number, value: RawValue): void {
  const row = r - (sheet.rowIndex ?? 0);
  const col = c - (sheet.columnIndex ?? 0);
  const format = cellAt(sheet, r, c).format;
  const coerced =
    typeof value === "string"
      ? coerceWrittenString(value, format)
      : { value, valueType: typeOf(value) };
  (sheet.values[row] ??= [])[col] = coerced.value;
  ((sheet.valueTypes ??= [])[row] ??= [])[col] = coerced.valueType;
  if ("format" in coerced && coerced.format) setCellFormat(sheet, r, c, coerced.format);
  if ("formula" in coerced && coerced.formula)
    (sheet.formulas ??= {})[`${r},${c}`] = coerced.formula;
}

export function setCellFormat(sheet: FakeSheet, r: number, c: number, format: string): void {
  const row = r - (sheet.rowIndex ?? 0);
  ((sheet.numberFormat ??= [])[row] ??= [])[c - (sheet.columnIndex ?? 0)] = format;
}

/** The merged areas that intersect a range. */
export function mergedIn(sheet: FakeSheet, r0: number, c0: number, rows: number, cols: number) {
  return parseAreasAddress(sheet.merged ?? "").filter(
    (m) => m.s.r < r0 + rows && m.e.r >= r0 && m.s.c < c0 + cols && m.e.c >= c0,
  );
}
