/**
 * The Node layer of the spreadsheet readers: a path becomes bytes (with not-found, folder and
 * size errors that only a file system has), then core's readWorkbookBytes does the rest.
 */
import { readFile, stat } from "node:fs/promises";
import {
  DEFAULT_READER_LIMITS,
  ReaderError,
  readWorkbookBytes,
  readerMessages,
  toMb,
  type ReadOptions,
  type ReaderLimits,
  type WorkbookReadResult,
} from "@gapmap/core/readers";

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? error.code
    : undefined;
}

async function loadBytes(path: string, limits: ReaderLimits): Promise<Uint8Array> {
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
  // Checked before reading so a huge file is refused without loading it into memory.
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

/** Reads .xlsx, .xls, .ods and .csv files into one Grid per sheet. */
export async function readWorkbookFile(
  path: string,
  options: ReadOptions = {},
): Promise<WorkbookReadResult> {
  const limits: ReaderLimits = { ...DEFAULT_READER_LIMITS, ...options.limits };
  try {
    options.onProgress?.({ stage: "reading-file", fraction: 0 });
  } catch {
    // A failing progress callback must not abort the read.
  }
  let bytes: Uint8Array;
  try {
    bytes = await loadBytes(path, limits);
  } catch (error) {
    if (error instanceof ReaderError) return { ok: false, error: error.toInfo() };
    return { ok: false, error: { code: "unreadable", message: readerMessages.unreadable(path) } };
  }
  return readWorkbookBytes(bytes, path, options);
}
