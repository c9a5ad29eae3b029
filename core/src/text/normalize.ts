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

/** Folds one string to its comparable form: lower case, no marks, words separated by one space. */
export function normalizeText(input: string): string {
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
