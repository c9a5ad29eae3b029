/** What readWorkbookFile accepts and returns. */
import type { Grid } from "../grid/grid";
import type { ReaderErrorInfo } from "./reader-errors";

export type SpreadsheetFormat = "xlsx" | "xls" | "ods" | "xml-spreadsheet" | "csv";

export interface ReadProgress {
  stage: "reading-file" | "parsing" | "converting";
  /** 0..1 within the whole read, for a progress bar. */
  fraction: number;
  /** The sheet being converted, when there is one. */
  sheetName?: string;
  /** Rows read so far (CSV). */
  rowsRead?: number;
}

export interface ReaderLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of an .xlsx/.ods package (zip-bomb guard). */
  maxUncompressedBytes: number;
  /** Largest single part of a package; V8 cannot hold a string much above 512 MB. */
  maxPartBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READER_LIMITS: ReaderLimits = {
  maxFileBytes: 400 * MB,
  maxUncompressedBytes: 2048 * MB,
  maxPartBytes: 480 * MB,
};

export interface ReadOptions {
  onProgress?: (info: ReadProgress) => void;
  limits?: Partial<ReaderLimits>;
}

export type WorkbookReadResult =
  | {
      ok: true;
      format: SpreadsheetFormat;
      /** Text encoding a CSV was decoded from. */
      encoding?: string;
      sheets: Grid[];
      warnings: string[];
      /** The workbook's document properties, where the file has them (not CSV). */
      properties?: WorkbookProperties;
    }
  | { ok: false; error: ReaderErrorInfo };

/** Document properties a producer can be guessed from (File › Info in Excel). */
export interface WorkbookProperties {
  title?: string;
  author?: string;
  company?: string;
}
