/** Public surface of the spreadsheet readers: core's byte readers plus the Node file entry. */
export { readWorkbookFile } from "./read-workbook";
export {
  readWorkbookBytes,
  READER_ERROR_CODES,
  type ReadOptions,
  type ReadProgress,
  type ReaderLimits,
  type SpreadsheetFormat,
  type WorkbookReadResult,
  type ReaderErrorCode,
  type ReaderErrorInfo,
} from "@gapmap/core/readers";
