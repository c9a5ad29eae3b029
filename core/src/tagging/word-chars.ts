/** Which UTF-16 code units belong to a word when page text is split into words. */

// Letters, digits, and what normalisation deletes inside a word (marks, soft hyphen, tatweel).
export const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}\u00AD\u0640]/u;

// Character classes per UTF-16 code unit, filled lazily: a table lookup beats a Unicode regex.
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const charClass = new Uint8Array(0x10000);

export function isWordUnit(code: number): boolean {
  let cls = charClass[code] ?? OTHER;
  if (cls === UNKNOWN) {
    // Surrogates belong to astral letters often enough (and never to separators we rely on).
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    cls = isSurrogate || WORD_CHAR_RE.test(String.fromCharCode(code)) ? WORD : OTHER;
    charClass[code] = cls;
  }
  return cls === WORD;
}
