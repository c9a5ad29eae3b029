/** Public surface of the matrix model: build an assessment, write it, compare two editions. */
export * from "./assessment-schema";
export { buildAssessment, type AssessmentOptions, type ManualGap } from "./build-assessment";
export { assessmentToJson, assessmentFromJson } from "./assessment-json";
export { assessmentToCsv } from "./assessment-csv";
export { assessmentToXlsx, type XlsxOptions } from "./assessment-xlsx";
export { SUMMARY_SHEET, CHART_NOTE } from "./summary-sheet";
export { GAP_MATRIX_SHEET, MATRIX_HEADER_ROW } from "./gap-matrix-sheet";
export {
  ACTION_PLAN_SHEET,
  ACTION_COLUMNS,
  ACTION_TABLE_NAME,
  LISTS_SHEET,
} from "./action-plan-sheet";
export { STATUS_COLUMNS, statusCells } from "./action-plan-status";
export { SOURCES_SHEET } from "./sources-sheet";
export { ABOUT_SHEET } from "./about-sheet";
export { STATUS_LABELS, NOT_ASSESSED, matrixHeader } from "./matrix-cells";
export {
  diffAssessments,
  type AssessmentDiff,
  type GapRef,
  type GapChange,
  type ScoreDelta,
} from "./diff-assessments";
export { actionTexts, type ActionTexts } from "./action-text";
