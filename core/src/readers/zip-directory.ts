/**
 * A small reader for a zip's central directory, so we can vet .xlsx/.ods packages (truncation,
 * zip bombs, missing parts) before SheetJS parses them. Only small entries are ever inflated.
 */
import { Inflate } from "fflate";
import { decodeBytes, latin1 } from "./byte-text";

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

function view(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}
function u16(buf: Uint8Array, offset: number): number {
  return view(buf).getUint16(offset, true);
}
function u32(buf: Uint8Array, offset: number): number {
  return view(buf).getUint32(offset, true);
}
function u64(buf: Uint8Array, offset: number): number {
  return Number(view(buf).getBigUint64(offset, true));
}

/** Compressed bytes are fed in slices so a bomb is stopped soon after it passes the cap. */
const INFLATE_SLICE_BYTES = 16 * 1024;

class OutputTooLarge extends Error {}

/** Inflates raw DEFLATE data, throwing once the output would exceed maxBytes (as zlib's cap does). */
function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new OutputTooLarge();
    chunks.push(chunk);
  });
  for (let i = 0; i < data.length; i += INFLATE_SLICE_BYTES) {
    const end = Math.min(i + INFLATE_SLICE_BYTES, data.length);
    inflater.push(data.subarray(i, end), end === data.length);
  }
  if (data.length === 0) inflater.push(data, true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function findEndOfCentralDirectory(buf: Uint8Array): number | undefined {
  const stop = Math.max(0, buf.length - EOCD_SEARCH_WINDOW);
  for (let i = buf.length - EOCD_MIN_LENGTH; i >= stop; i--) {
    if (u32(buf, i) === EOCD_SIGNATURE) return i;
  }
  return undefined;
}

interface DirectoryLocation {
  entryCount: number;
  offset: number;
  size: number;
}

function locateDirectory(buf: Uint8Array, eocd: number): DirectoryLocation | undefined {
  let entryCount = u16(buf, eocd + 10);
  let size = u32(buf, eocd + 12);
  let offset = u32(buf, eocd + 16);
  if (entryCount === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || u32(buf, locator) !== ZIP64_LOCATOR_SIGNATURE) return undefined;
    const zip64Eocd = u64(buf, locator + 8);
    if (zip64Eocd + 56 > buf.length || u32(buf, zip64Eocd) !== ZIP64_EOCD_SIGNATURE) {
      return undefined;
    }
    entryCount = u64(buf, zip64Eocd + 32);
    size = u64(buf, zip64Eocd + 40);
    offset = u64(buf, zip64Eocd + 48);
  }
  if (offset + size > buf.length) return undefined;
  return { entryCount, offset, size };
}

/** Sizes and offset that overflow 32 bits live in the zip64 extra field, in this order. */
function applyZip64Extra(buf: Uint8Array, start: number, end: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= end) {
    const id = u16(buf, p);
    const len = u16(buf, p + 2);
    if (id === ZIP64_EXTRA_ID) {
      let q = p + 4;
      const take = (): number => {
        const v = q + 8 <= p + 4 + len ? u64(buf, q) : U32_MAX;
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
export function listZipEntries(buf: Uint8Array): ZipEntry[] | undefined {
  if (buf.length < EOCD_MIN_LENGTH) return undefined;
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd === undefined) return undefined;
  const dir = locateDirectory(buf, eocd);
  if (!dir) return undefined;
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  const end = dir.offset + dir.size;
  for (let i = 0; i < dir.entryCount; i++) {
    if (p + 46 > end || u32(buf, p) !== CENTRAL_ENTRY_SIGNATURE) return undefined;
    const flags = u16(buf, p + 8);
    const nameLength = u16(buf, p + 28);
    const extraLength = u16(buf, p + 30);
    const commentLength = u16(buf, p + 32);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name: flags & FLAG_UTF8_NAMES ? decodeBytes(nameBytes, "utf-8") : latin1(nameBytes),
      method: u16(buf, p + 10),
      compressedSize: u32(buf, p + 20),
      uncompressedSize: u32(buf, p + 24),
      localHeaderOffset: u32(buf, p + 42),
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
export function readZipEntry(
  buf: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): Uint8Array | undefined {
  const h = entry.localHeaderOffset;
  if (h + 30 > buf.length || u32(buf, h) !== LOCAL_HEADER_SIGNATURE) return undefined;
  const dataStart = h + 30 + u16(buf, h + 26) + u16(buf, h + 28);
  const data = buf.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) return undefined;
  try {
    if (entry.method === METHOD_STORED) return data.subarray(0, maxBytes);
    if (entry.method === METHOD_DEFLATE) return inflateCapped(data, maxBytes);
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
