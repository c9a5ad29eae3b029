/**
 * Text normalisation shared by catalogue search, table-label matching and page tagging.
 * It folds what statistics offices vary without changing meaning: case, accents and
 * diacritics, Romanian cedilla/comma letters, Arabic letter variants and vowel marks,
 * hyphenation across lines, footnote markers and punctuation.
 */

// Arabic letter variants that offices print interchangeably.
const ARABIC_FOLDS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
};
const ARABIC_FOLD_RE = /[أإآٱىةؤئ]/g;
const TATWEEL_RE = /\u0640/g;
const COMBINING_MARKS_RE = /\p{M}+/gu;
// A word split across lines or cells: "recog-\nnition", "зарегистри-ровано".
const SOFT_BREAK_RE = /(\p{L})[-\u00AD\u2010\u2011]\s*\n\s*(\p{L})/gu;
const SOFT_HYPHEN_RE = /\u00AD/g;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
// The same folds restricted to ASCII, where letters are A–Z and nothing decomposes.
const ASCII_SOFT_BREAK_RE = /([A-Za-z])-\s*\n\s*([A-Za-z])/g;
const ASCII_NON_WORD_RE = /[^a-z0-9]+/g;
const LAST_ASCII = 0x7f;

/** True when every character is ASCII: such text needs no Unicode folding. */
export function isAscii(input: string): boolean {
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) > LAST_ASCII) return false;
  return true;
}

/** Folds one string to its comparable form: lower case, no marks, words separated by one space. */
export function normalizeText(input: string): string {
  // Most labels and catalogue phrases are plain ASCII: skip decomposition and the Unicode folds.
  if (isAscii(input)) {
    const joined = input.includes("\n") ? input.replace(ASCII_SOFT_BREAK_RE, "$1$2") : input;
    return joined.toLowerCase().replace(ASCII_NON_WORD_RE, " ").trim();
  }
  return input
    .replace(SOFT_BREAK_RE, "$1$2")
    .replace(SOFT_HYPHEN_RE, "")
    .normalize("NFD")
    .replace(COMBINING_MARKS_RE, "")
    .replace(TATWEEL_RE, "")
    .replace(ARABIC_FOLD_RE, (ch) => ARABIC_FOLDS[ch] ?? ch)
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(NON_WORD_RE, " ")
    .trim();
}

/** Normalised words of a string. */
export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  return normalized === "" ? [] : normalized.split(" ");
}
