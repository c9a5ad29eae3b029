/** Where an assessment row sits in the gap matrix sheet the pane writes, for "Go to sheet". */
import type { Assessment, AssessmentRow } from "@gapmap/core";
import { modelRowAddress } from "../../office/index";
import { assessmentSheets, SHEET_NAMES } from "./assessment-sheets";

export function matrixRowRange(
  assessment: Assessment,
  row: AssessmentRow,
): { sheet: string; address: string } | undefined {
  const matrix = assessmentSheets(assessment).find((s) => s.name === SHEET_NAMES.matrix);
  const index = assessment.rows.indexOf(row);
  if (matrix === undefined || index < 0) return undefined;
  return { sheet: matrix.name, address: modelRowAddress(matrix, index) };
}
