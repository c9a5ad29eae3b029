/**
 * A stricter word resolver for table labels. The catalogue search forgives a lot (same first
 * five letters, one edit), which on long labels reads "international" as «internes» and
 * "migrant" as "emigrant". Labels keep inflection and one-typo matches only when the words
 * plausibly are one word: same first letters, similar length.
 */
import { resolveWord, WORD_QUALITY, type WordMatch } from "../search/resolve-word";
import type { TermIndex } from "../search/term-index";
import { equivalentWords } from "../search/word-equivalents";
import { memoizeByString } from "./string-memo";

/** Letters a near match must share at the start: "e-migrant", "im-migrant", "non-" change meaning. */
export const SHARED_START_LETTERS = 2;
/** Inflected forms differ by at most this many letters in length and after the shared prefix. */
export const MAX_INFLECTION_TAIL = 3;

const HAS_DIGIT_RE = /\p{N}/u;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A stem match on this many shared first letters, most of the shorter word, is one word with a
 * longer ending ("naturaliz-ed" / "naturaliz-ations", "displace-d" / "displace-ment"), not two
 * words sharing a root: "interna-l" / "interna-tional" share seven letters and one English stem
 * ("intern"), and "international migration" is no internal migration.
 */
export const LONG_STEM_PREFIX = 8;
const LONG_STEM_SHARE = 0.75;

/** True when `candidate` may stand for `word` in a table label; `isTypo` for one-edit matches. */
export function isPlausibleNearMatch(
  word: string,
  candidate: string,
  isTypo = false,
  isStem = false,
): boolean {
  if (word === candidate) return true;
  // A code ("tps00170", "2a") is written exactly: "tps00177" is another series, not a typo.
  if (HAS_DIGIT_RE.test(word) || HAS_DIGIT_RE.test(candidate)) return false;
  const shared = commonPrefix(word, candidate);
  if (shared < SHARED_START_LETTERS) return false;
  if (
    isStem &&
    shared >= LONG_STEM_PREFIX &&
    shared >= LONG_STEM_SHARE * Math.min(word.length, candidate.length)
  )
    return true;
  if (Math.abs(word.length - candidate.length) > MAX_INFLECTION_TAIL) return false;
  // A typo may sit anywhere after the first letters; an inflection changes only the ending.
  return isTypo || Math.max(word.length, candidate.length) - shared <= MAX_INFLECTION_TAIL;
}

/** A fresh resolver with its own cache of the words it has resolved. */
export function strictResolver(index: TermIndex): (word: string) => WordMatch[] {
  return memoizeByString((word) =>
    resolveWord(index, word).filter(
      (m) =>
        equivalentWords(word).includes(m.word) ||
        isPlausibleNearMatch(
          word,
          m.word,
          m.quality === WORD_QUALITY.typo,
          m.quality === WORD_QUALITY.stem,
        ),
    ),
  );
}

const shared = new WeakMap<TermIndex, (word: string) => WordMatch[]>();

/**
 * The resolver every table matched against `index` shares: row labels and header words
 * (country names, "Total", years) repeat from table to table, so each is resolved once.
 */
export function sharedStrictResolver(index: TermIndex): (word: string) => WordMatch[] {
  let resolve = shared.get(index);
  if (!resolve) {
    resolve = strictResolver(index);
    shared.set(index, resolve);
  }
  return resolve;
}
