/**
 * The one platform-free entry point for spreadsheet bytes: sniff what they are, hand them to the
 * right reader, and always come back with a result, never an exception. The CLI reads files into
 * bytes; the task pane reads a picked file with the browser's File API.
 */
import type { Grid } from "../grid/grid";
import { describeMissingParts, findMissingParts, sheetNamesByPart } from "./package-integrity";
import { readCsv } from "./read-csv-file";
import {
  DEFAULT_READER_LIMITS,
  type ReadOptions,
  type ReadProgress,
  type ReaderLimits,
  type WorkbookReadResult,
} from "./read-result";
import { readWithSheetJs } from "./read-sheetjs-workbook";
import { ReaderError, readerMessages } from "./reader-errors";
import {
  hasDelimitedTextExtension,
  hasSpreadsheetExtension,
  sniffFormat,
  type SniffedFormat,
} from "./sniff-format";
import type { ZipEntry } from "./zip-directory";

const BYTES_PER_MB = 1024 * 1024;

export function toMb(bytes: number): number {
  return Math.ceil(bytes / BYTES_PER_MB);
}

/** "data/report 2020.csv" → "report 2020" (either slash, since names may come from Windows). */
export function baseNameWithoutExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Zip bombs and parts too big for a JS string are refused before SheetJS inflates them. */
function checkPackageSize(label: string, entries: readonly ZipEntry[], limits: ReaderLimits): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const largest = entries.reduce((max, e) => Math.max(max, e.uncompressedSize), 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ReaderError(
      "too-large",
      readerMessages.tooLarge(label, toMb(total), toMb(limits.maxUncompressedBytes)),
    );
  }
  if (largest > limits.maxPartBytes) {
    throw new ReaderError(
      "too-large",
      readerMessages.tooLarge(label, toMb(largest), toMb(limits.maxPartBytes)),
    );
  }
}

function isEmpty(sheets: readonly Grid[]): boolean {
  return sheets.every((s) => s.rows.every((row) => row.every((v) => v === null)));
}

type Report = (info: ReadProgress) => void;

function readSniffed(
  label: string,
  bytes: Uint8Array,
  sniffed: SniffedFormat,
  limits: ReaderLimits,
  report: Report,
): WorkbookReadResult {
  switch (sniffed.kind) {
    case "xlsx":
    case "ods": {
      checkPackageSize(label, sniffed.entries, limits);
      const kind = sniffed.kind === "xlsx" ? "xlsx" : "other";
      const { sheets, warnings, properties } = readWithSheetJs(bytes, label, report, kind);
      if (sniffed.kind === "xlsx") {
        const missing = findMissingParts(bytes, sniffed.entries);
        if (missing.length > 0) {
          warnings.push(...describeMissingParts(missing, sheetNamesByPart(bytes, sniffed.entries)));
        }
      }
      return { ok: true, format: sniffed.kind, sheets, warnings, properties };
    }
    case "xls":
    case "xml-spreadsheet": {
      const { sheets, warnings, properties } = readWithSheetJs(bytes, label, report);
      return { ok: true, format: sniffed.kind, sheets, warnings, properties };
    }
    case "text": {
      const csv = readCsv({
        buf: bytes,
        fileLabel: label,
        sheetName: baseNameWithoutExtension(label),
        declaredDelimited: hasDelimitedTextExtension(label),
        onProgress: report,
      });
      return {
        ok: true,
        format: "csv",
        encoding: csv.encoding,
        sheets: [csv.sheet],
        warnings: csv.warnings,
      };
    }
    case "encrypted":
      throw new ReaderError("password-protected", readerMessages.passwordProtected(label));
    case "damaged":
      throw new ReaderError("corrupt-file", readerMessages.corrupt(label));
    case "other-document":
      if (sniffed.what === "an HTML page") {
        throw new ReaderError(
          "unsupported-format",
          readerMessages.unsupported(label, sniffed.what),
        );
      }
      throw new ReaderError(
        "not-a-spreadsheet",
        readerMessages.notASpreadsheet(label, sniffed.what),
      );
    case "binary":
      if (hasSpreadsheetExtension(label))
        throw new ReaderError("corrupt-file", readerMessages.corrupt(label));
      throw new ReaderError("not-a-spreadsheet", readerMessages.notASpreadsheet(label));
  }
}

/** Wraps the caller's progress callback so a failing callback cannot abort the read. */
export function safeProgress(options: ReadOptions): Report {
  return (info) => {
    try {
      options.onProgress?.(info);
    } catch {
      // A failing progress callback must not abort the read.
    }
  };
}

/**
 * Reads .xlsx, .xls, .ods and .csv bytes into one Grid per sheet. `fileName` labels messages and
 * breaks format ties (a path is fine: only its last segment names a CSV sheet).
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): WorkbookReadResult {
  const limits: ReaderLimits = { ...DEFAULT_READER_LIMITS, ...options.limits };
  const report = safeProgress(options);
  try {
    if (bytes.length > limits.maxFileBytes) {
      throw new ReaderError(
        "too-large",
        readerMessages.tooLarge(fileName, toMb(bytes.length), toMb(limits.maxFileBytes)),
      );
    }
    if (bytes.length === 0) {
      throw new ReaderError("empty-workbook", readerMessages.emptyWorkbook(fileName));
    }
    const result = readSniffed(fileName, bytes, sniffFormat(bytes), limits, report);
    if (result.ok && isEmpty(result.sheets)) {
      throw new ReaderError("empty-workbook", readerMessages.emptyWorkbook(fileName));
    }
    report({ stage: "converting", fraction: 1 });
    return result;
  } catch (error) {
    if (error instanceof ReaderError) return { ok: false, error: error.toInfo() };
    // Running out of string or heap space shows up as a RangeError.
    if (error instanceof RangeError) {
      return {
        ok: false,
        error: { code: "too-large", message: readerMessages.tooLargeForMemory(fileName) },
      };
    }
    return {
      ok: false,
      error: { code: "corrupt-file", message: readerMessages.corrupt(fileName) },
    };
  }
}
