/** Public surface of the report: the assessment as an editable .docx. */
export { assessmentToDocx, REPORT_MIME_TYPE, type ReportOptions } from "./report-docx";
export type { Rasterise } from "./report-summary";
export {
  REPORT_LANGUAGES,
  REPORT_STRINGS,
  type ReportLanguage,
  type ReportStrings,
} from "./strings/index";
export { keyFindings } from "./key-findings";
export { urgentActions } from "./urgent-actions";
export { barChartSvg, type BarChartSpec, type ChartSvg } from "./bar-chart-svg";
