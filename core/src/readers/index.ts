/**
 * Public surface of the spreadsheet readers (bytes → Grid[]), exported as "@gapmap/core/readers"
 * so that consumers without spreadsheets (the browser extension) do not bundle SheetJS.
 */
export { readWorkbookBytes, toMb } from "./read-workbook-bytes";
export {
  DEFAULT_READER_LIMITS,
  type ReadOptions,
  type ReadProgress,
  type ReaderLimits,
  type SpreadsheetFormat,
  type WorkbookProperties,
  type WorkbookReadResult,
} from "./read-result";
export {
  READER_ERROR_CODES,
  ReaderError,
  readerMessages,
  type ReaderErrorCode,
  type ReaderErrorInfo,
} from "./reader-errors";
