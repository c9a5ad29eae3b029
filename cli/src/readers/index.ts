/** Public surface of the spreadsheet readers. */
export { readWorkbookFile } from "./read-workbook";
export type {
  ReadOptions,
  ReadProgress,
  ReaderLimits,
  SpreadsheetFormat,
  WorkbookReadResult,
} from "./read-result";
export { READER_ERROR_CODES, type ReaderErrorCode, type ReaderErrorInfo } from "./reader-errors";
