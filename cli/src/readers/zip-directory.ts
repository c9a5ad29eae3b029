/**
 * A small reader for a zip's central directory, so we can vet .xlsx/.ods packages (truncation,
 * zip bombs, missing parts) before SheetJS parses them. Only small entries are ever inflated.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN_LENGTH = 22;
/** The EOCD record ends with a comment of at most 65535 bytes. */
const EOCD_SEARCH_WINDOW = EOCD_MIN_LENGTH + 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const FLAG_UTF8_NAMES = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

function findEndOfCentralDirectory(buf: Buffer): number | undefined {
  const stop = Math.max(0, buf.length - EOCD_SEARCH_WINDOW);
  for (let i = buf.length - EOCD_MIN_LENGTH; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return undefined;
}

interface DirectoryLocation {
  entryCount: number;
  offset: number;
  size: number;
}

function locateDirectory(buf: Buffer, eocd: number): DirectoryLocation | undefined {
  let entryCount = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (entryCount === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return undefined;
    const zip64Eocd = Number(buf.readBigUInt64LE(locator + 8));
    if (zip64Eocd + 56 > buf.length || buf.readUInt32LE(zip64Eocd) !== ZIP64_EOCD_SIGNATURE) {
      return undefined;
    }
    entryCount = Number(buf.readBigUInt64LE(zip64Eocd + 32));
    size = Number(buf.readBigUInt64LE(zip64Eocd + 40));
    offset = Number(buf.readBigUInt64LE(zip64Eocd + 48));
  }
  if (offset + size > buf.length) return undefined;
  return { entryCount, offset, size };
}

/** Sizes and offset that overflow 32 bits live in the zip64 extra field, in this order. */
function applyZip64Extra(buf: Buffer, start: number, end: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA_ID) {
      let q = p + 4;
      const take = (): number => {
        const v = q + 8 <= p + 4 + len ? Number(buf.readBigUInt64LE(q)) : U32_MAX;
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = take();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take();
      return;
    }
    p += 4 + len;
  }
}

/**
 * The entries of a zip, or undefined when the central directory is missing or inconsistent
 * (a truncated download, or not a zip at all).
 */
export function listZipEntries(buf: Buffer): ZipEntry[] | undefined {
  if (buf.length < EOCD_MIN_LENGTH) return undefined;
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd === undefined) return undefined;
  const dir = locateDirectory(buf, eocd);
  if (!dir) return undefined;
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  const end = dir.offset + dir.size;
  for (let i = 0; i < dir.entryCount; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL_ENTRY_SIGNATURE) return undefined;
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & FLAG_UTF8_NAMES ? "utf8" : "latin1"),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    const extraStart = p + 46 + nameLength;
    applyZip64Extra(buf, extraStart, extraStart + extraLength, entry);
    if (entry.localHeaderOffset + entry.compressedSize > buf.length) return undefined;
    entries.push(entry);
    p = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry; undefined when its header is damaged or its method is not supported. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer | undefined {
  const h = entry.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL_HEADER_SIGNATURE) return undefined;
  const dataStart = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) return undefined;
  try {
    if (entry.method === METHOD_STORED) return data.subarray(0, maxBytes);
    if (entry.method === METHOD_DEFLATE) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
  return undefined;
}

/** Looks an entry up by name; OPC part names are case-insensitive. */
export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const wanted = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === wanted);
}
