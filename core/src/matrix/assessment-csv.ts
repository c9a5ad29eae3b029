/** The gap matrix as CSV (UTF-8 with byte-order mark, so Excel shows every script). */
import { writeCsv } from "../inventory/csv-text";
import type { Assessment } from "./assessment-schema";
import { matrixCells, matrixHeader } from "./matrix-cells";

export function assessmentToCsv(assessment: Assessment): string {
  return writeCsv([
    matrixHeader(),
    ...assessment.rows.map((row) => matrixCells(row).map((cell) => String(cell))),
  ]);
}
