/**
 * Decides what a file really is from its bytes, since downloads are often misnamed (.xls files
 * that are CSV or HTML, .csv files that are zips). The extension only breaks ties.
 */
import { cfbStreamNames, hasBiffWorkbookStream, isEncryptedOoxml } from "./cfb-container";
import { latin1 } from "./byte-text";
import { findZipEntry, listZipEntries, readZipEntry, type ZipEntry } from "./zip-directory";

export type SniffedFormat =
  | { kind: "xlsx"; entries: ZipEntry[] }
  | { kind: "ods"; entries: ZipEntry[] }
  | { kind: "xls" }
  | { kind: "xml-spreadsheet" }
  | { kind: "text" }
  | { kind: "encrypted" }
  | { kind: "damaged"; container: "zip" | "cfb" }
  | { kind: "other-document"; what: string }
  | { kind: "binary" };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const MIMETYPE_MAX_BYTES = 256;
/** How much of the file start is inspected to tell text from binary. */
const TEXT_SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file is binary, not text. */
const MAX_CONTROL_BYTE_SHARE = 0.01;
const HEAD_SAMPLE_CHARS = 2048;

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function sniffZip(buf: Uint8Array): SniffedFormat {
  const entries = listZipEntries(buf);
  if (!entries) return { kind: "damaged", container: "zip" };
  const has = (name: string) => findZipEntry(entries, name) !== undefined;
  if (has("xl/workbook.xml") || has("xl/workbook.bin")) return { kind: "xlsx", entries };
  const mimetype = findZipEntry(entries, "mimetype");
  const mimeBytes = mimetype ? readZipEntry(buf, mimetype, MIMETYPE_MAX_BYTES) : undefined;
  const mime = mimeBytes === undefined ? undefined : latin1(mimeBytes).trim();
  if (mime === ODS_MIME || mime?.startsWith(`${ODS_MIME}-template`))
    return { kind: "ods", entries };
  if (has("word/document.xml")) return { kind: "other-document", what: "a Word document" };
  if (has("ppt/presentation.xml")) return { kind: "other-document", what: "a PowerPoint file" };
  if (mime?.startsWith("application/vnd.oasis.opendocument.")) {
    return { kind: "other-document", what: "an OpenDocument file that is not a spreadsheet" };
  }
  if (has("[Content_Types].xml")) return { kind: "damaged", container: "zip" };
  return { kind: "other-document", what: "a zip archive" };
}

function sniffCfb(buf: Uint8Array): SniffedFormat {
  const names = cfbStreamNames(buf);
  if (!names) return { kind: "damaged", container: "cfb" };
  if (isEncryptedOoxml(names)) return { kind: "encrypted" };
  if (hasBiffWorkbookStream(names)) return { kind: "xls" };
  if (names.has("worddocument")) return { kind: "other-document", what: "a Word document" };
  if (names.has("powerpoint document")) {
    return { kind: "other-document", what: "a PowerPoint file" };
  }
  return { kind: "other-document", what: "an Office file that is not a workbook" };
}

function looksLikeText(buf: Uint8Array): boolean {
  if (UTF16_BOMS.some((bom) => startsWith(buf, bom))) return true;
  const sample = buf.subarray(0, TEXT_SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    // Tab, LF, CR and form feed occur in text; other C0 bytes do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length === 0 || control / sample.length <= MAX_CONTROL_BYTE_SHARE;
}

function sniffText(buf: Uint8Array): SniffedFormat {
  const head = latin1(buf.subarray(0, HEAD_SAMPLE_CHARS))
    .replace(/^\u00ef\u00bb\u00bf/, "")
    .trimStart()
    .toLowerCase();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return { kind: "xml-spreadsheet" };
  }
  if (/^(<!doctype html|<html|<table|<head|<body)/.test(head)) {
    return { kind: "other-document", what: "an HTML page" };
  }
  return { kind: "text" };
}

export function sniffFormat(buf: Uint8Array): SniffedFormat {
  if (startsWith(buf, ZIP_MAGIC) || startsWith(buf, EMPTY_ZIP_MAGIC)) return sniffZip(buf);
  if (startsWith(buf, CFB_MAGIC)) return sniffCfb(buf);
  if (startsWith(buf, PDF_MAGIC)) return { kind: "other-document", what: "a PDF document" };
  if (looksLikeText(buf)) return sniffText(buf);
  return { kind: "binary" };
}

const SPREADSHEET_EXTENSIONS = new Set([
  ".xlsx",
  ".xlsm",
  ".xltx",
  ".xlsb",
  ".xls",
  ".ods",
  ".csv",
  ".tsv",
]);

/** True when the file name claims a spreadsheet format (so unreadable bytes mean damage). */
export function hasSpreadsheetExtension(fileName: string): boolean {
  const dot = fileName.lastIndexOf(".");
  return dot >= 0 && SPREADSHEET_EXTENSIONS.has(fileName.slice(dot).toLowerCase());
}

/** Extensions whose text content is a table even when it has a single column. */
export function hasDelimitedTextExtension(fileName: string): boolean {
  return /\.(csv|tsv|tab)$/i.test(fileName);
}
