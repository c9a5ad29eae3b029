/**
 * Where a model row lands on the sheet writeOurSheets makes: the header fills row 1 from column A,
 * so data row i is on sheet row i + 2, across every column of the model.
 */
import { columnLetters } from "@gapmap/core";
import type { SheetModel } from "./sheet-model";

/** "A5:O5" for the model's fourth data row (index 3). */
export function modelRowAddress(model: SheetModel, rowIndex: number): string {
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= model.rows.length)
    throw new RangeError(`row ${rowIndex} is not in sheet "${model.name}"`);
  const row = rowIndex + 2;
  return `A${row}:${columnLetters(Math.max(0, model.columns.length - 1))}${row}`;
}
