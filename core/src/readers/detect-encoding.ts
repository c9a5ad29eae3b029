/**
 * Decodes CSV bytes to text. UTF-8 (with or without BOM) is tried first because it is what most
 * portals export and it fails loudly when wrong; otherwise chardet picks among the single-byte
 * code pages that statistical offices still use (Windows-1251 for Cyrillic, Windows-1252 for
 * Western European languages). TextDecoder knows all of these in browsers and in Node (full ICU).
 */
import chardet from "chardet";
import { decodeBytes } from "./byte-text";

export interface DecodedText {
  text: string;
  /** WHATWG-style label of the encoding used, e.g. "utf-8", "windows-1251". */
  encoding: string;
  /** False when the encoding was a fallback guess, so the user should check the text. */
  confident: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** chardet's statistics settle well within this many bytes, and it is slow on whole files. */
const CHARDET_SAMPLE_BYTES = 256 * 1024;
const FALLBACK_ENCODING = "windows-1252";

/** chardet names we accept, mapped to the code page we decode with (Latin-1 → its superset). */
const ACCEPTED_DETECTIONS: Readonly<Record<string, string>> = {
  "windows-1251": "windows-1251",
  "koi8-r": "koi8-r",
  "iso-8859-5": "iso-8859-5",
  "windows-1252": "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso-8859-15": "windows-1252",
};

function hasPrefix(buf: Uint8Array, prefix: readonly number[]): boolean {
  return buf.length >= prefix.length && prefix.every((b, i) => buf[i] === b);
}

function tryUtf8(buf: Uint8Array): string | undefined {
  try {
    // fatal: any invalid sequence throws, which is how we know the bytes are not UTF-8.
    return decodeBytes(buf, "utf-8", true);
  } catch {
    return undefined;
  }
}

/** The single-byte code page chardet favours among those we accept, if any. */
export function detectSingleByteEncoding(buf: Uint8Array): string | undefined {
  const candidates = chardet.analyse(buf.subarray(0, CHARDET_SAMPLE_BYTES));
  for (const candidate of candidates) {
    const accepted = ACCEPTED_DETECTIONS[candidate.name.toLowerCase()];
    if (accepted !== undefined && candidate.confidence > 0) return accepted;
  }
  return undefined;
}

export function decodeText(buf: Uint8Array): DecodedText {
  if (hasPrefix(buf, UTF16LE_BOM) || hasPrefix(buf, UTF16BE_BOM)) {
    const encoding = hasPrefix(buf, UTF16LE_BOM) ? "utf-16le" : "utf-16be";
    return { text: decodeBytes(buf, encoding), encoding, confident: true };
  }
  const utf8 = tryUtf8(buf);
  if (utf8 !== undefined) {
    return {
      text: utf8,
      encoding: hasPrefix(buf, UTF8_BOM) ? "utf-8-bom" : "utf-8",
      confident: true,
    };
  }
  const detected = detectSingleByteEncoding(buf);
  const encoding = detected ?? FALLBACK_ENCODING;
  return { text: decodeBytes(buf, encoding), encoding, confident: detected !== undefined };
}
