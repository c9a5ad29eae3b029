/**
 * Why a file could not be read, as a code the CLI can branch on and one sentence the user can act
 * on. Readers throw ReaderError internally; readWorkbookFile turns it into a result, never a throw.
 */
export const READER_ERROR_CODES = [
  "not-found",
  "not-a-file",
  "unreadable",
  "corrupt-file",
  "password-protected",
  "empty-workbook",
  "not-a-spreadsheet",
  "too-large",
  "unsupported-format",
] as const;
export type ReaderErrorCode = (typeof READER_ERROR_CODES)[number];

export interface ReaderErrorInfo {
  code: ReaderErrorCode;
  message: string;
}

export class ReaderError extends Error {
  constructor(
    readonly code: ReaderErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReaderError";
  }

  toInfo(): ReaderErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** One-sentence messages, each ending with what to do next. */
export const readerMessages = {
  notFound: (file: string) => `File not found: ${file}; check the path and try again.`,
  notAFile: (file: string) => `${file} is a folder, not a file; give the path of a spreadsheet.`,
  unreadable: (file: string) =>
    `${file} could not be opened for reading; check that you have permission to read it.`,
  corrupt: (file: string) =>
    `${file} is damaged or incomplete and cannot be read; download or export it again, or open and re-save it in Excel or LibreOffice.`,
  passwordProtected: (file: string) =>
    `${file} is password-protected; open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and scan that copy.`,
  emptyWorkbook: (file: string) =>
    `${file} contains no cells with data; check that you picked the right file.`,
  notASpreadsheet: (file: string, what = "not a spreadsheet") =>
    `${file} is ${what}, not a spreadsheet (expected .xlsx, .xls, .ods or .csv); export the data to one of these formats and scan that file.`,
  tooLarge: (file: string, sizeMb: number, limitMb: number) =>
    `${file} is too large to read (${sizeMb} MB, limit ${limitMb} MB); split it into smaller files or export only the sheets you need.`,
  tooLargeForMemory: (file: string) =>
    `${file} has more data than fits in memory; split it into smaller files or export only the sheets you need.`,
  unsupported: (file: string, what: string) =>
    `${file} is ${what}, which this reader does not open; save it as .xlsx or .csv and scan that file.`,
} as const;
