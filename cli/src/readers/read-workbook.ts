/**
 * The one entry point for spreadsheet files: sniff what the bytes are, hand them to the right
 * reader, and always come back with a result, never an exception.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Grid } from "@gapmap/core";
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

function toMb(bytes: number): number {
  return Math.ceil(bytes / BYTES_PER_MB);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? error.code
    : undefined;
}

async function loadBytes(path: string, limits: ReaderLimits): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ReaderError("not-a-file", readerMessages.notAFile(path));
    size = info.size;
  } catch (error) {
    if (error instanceof ReaderError) throw error;
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new ReaderError("not-found", readerMessages.notFound(path));
    throw new ReaderError("unreadable", readerMessages.unreadable(path));
  }
  if (size > limits.maxFileBytes) {
    throw new ReaderError(
      "too-large",
      readerMessages.tooLarge(path, toMb(size), toMb(limits.maxFileBytes)),
    );
  }
  if (size === 0) throw new ReaderError("empty-workbook", readerMessages.emptyWorkbook(path));
  try {
    return await readFile(path);
  } catch {
    throw new ReaderError("unreadable", readerMessages.unreadable(path));
  }
}

/** Zip bombs and parts too big for a JS string are refused before SheetJS inflates them. */
function checkPackageSize(path: string, entries: readonly ZipEntry[], limits: ReaderLimits): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const largest = entries.reduce((max, e) => Math.max(max, e.uncompressedSize), 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ReaderError(
      "too-large",
      readerMessages.tooLarge(path, toMb(total), toMb(limits.maxUncompressedBytes)),
    );
  }
  if (largest > limits.maxPartBytes) {
    throw new ReaderError(
      "too-large",
      readerMessages.tooLarge(path, toMb(largest), toMb(limits.maxPartBytes)),
    );
  }
}

function isEmpty(sheets: readonly Grid[]): boolean {
  return sheets.every((s) => s.rows.every((row) => row.every((v) => v === null)));
}

type Report = (info: ReadProgress) => void;

function readSniffed(
  path: string,
  buf: Buffer,
  sniffed: SniffedFormat,
  limits: ReaderLimits,
  report: Report,
): WorkbookReadResult {
  switch (sniffed.kind) {
    case "xlsx":
    case "ods": {
      checkPackageSize(path, sniffed.entries, limits);
      const { sheets, warnings } = readWithSheetJs(buf, path, report);
      if (sniffed.kind === "xlsx") {
        const missing = findMissingParts(buf, sniffed.entries);
        if (missing.length > 0) {
          warnings.push(...describeMissingParts(missing, sheetNamesByPart(buf, sniffed.entries)));
        }
      }
      return { ok: true, format: sniffed.kind, sheets, warnings };
    }
    case "xls":
    case "xml-spreadsheet": {
      const { sheets, warnings } = readWithSheetJs(buf, path, report);
      return { ok: true, format: sniffed.kind, sheets, warnings };
    }
    case "text": {
      const name = basename(path, extname(path));
      const declaredDelimited = hasDelimitedTextExtension(path);
      const csv = readCsv({
        buf,
        fileLabel: path,
        sheetName: name,
        declaredDelimited,
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
      throw new ReaderError("password-protected", readerMessages.passwordProtected(path));
    case "damaged":
      throw new ReaderError("corrupt-file", readerMessages.corrupt(path));
    case "other-document":
      if (sniffed.what === "an HTML page") {
        throw new ReaderError("unsupported-format", readerMessages.unsupported(path, sniffed.what));
      }
      throw new ReaderError(
        "not-a-spreadsheet",
        readerMessages.notASpreadsheet(path, sniffed.what),
      );
    case "binary":
      if (hasSpreadsheetExtension(path))
        throw new ReaderError("corrupt-file", readerMessages.corrupt(path));
      throw new ReaderError("not-a-spreadsheet", readerMessages.notASpreadsheet(path));
  }
}

/** Reads .xlsx, .xls, .ods and .csv files into one Grid per sheet. */
export async function readWorkbookFile(
  path: string,
  options: ReadOptions = {},
): Promise<WorkbookReadResult> {
  const limits: ReaderLimits = { ...DEFAULT_READER_LIMITS, ...options.limits };
  const report: Report = (info) => {
    try {
      options.onProgress?.(info);
    } catch {
      // A failing progress callback must not abort the read.
    }
  };
  try {
    report({ stage: "reading-file", fraction: 0 });
    const buf = await loadBytes(path, limits);
    const result = readSniffed(path, buf, sniffFormat(buf), limits, report);
    if (result.ok && isEmpty(result.sheets)) {
      throw new ReaderError("empty-workbook", readerMessages.emptyWorkbook(path));
    }
    report({ stage: "converting", fraction: 1 });
    return result;
  } catch (error) {
    if (error instanceof ReaderError) return { ok: false, error: error.toInfo() };
    // Running out of string or heap space shows up as a RangeError.
    if (error instanceof RangeError) {
      return {
        ok: false,
        error: { code: "too-large", message: readerMessages.tooLargeForMemory(path) },
      };
    }
    return { ok: false, error: { code: "corrupt-file", message: readerMessages.corrupt(path) } };
  }
}
