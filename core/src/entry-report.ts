/**
 * `@gapmap/core/report`: the data-gap report (.docx). Pulls the docx library, so the task pane
 * loads it lazily, only when the user asks for a report.
 */
export { assessmentToDocx, REPORT_MIME_TYPE, type ReportOptions } from "./report/report-docx";
export type { Rasterise } from "./report/report-summary";
export { REPORT_LANGUAGES, type ReportLanguage } from "./report/strings/index";
export { paperForLocale, type PaperSize } from "./layout/paper";
