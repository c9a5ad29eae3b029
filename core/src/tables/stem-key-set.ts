/**
 * A set of words that also holds their stems in every language each word's script allows, so
 * that a text word meets it in any inflection ("totales" meets "total", «беженцев» «беженцы»).
 */
import { normalizeText } from "../text/normalize";
import { scriptLanguages, stemWord } from "../text/stem";

export interface StemKeySet {
  has(word: string): boolean;
}

/** The keys of a normalised word: itself and "lang:stem" per language its script allows. */
export function stemKeysOfWord(word: string): string[] {
  const keys = [word];
  for (const lang of scriptLanguages(word)) {
    const stem = stemWord(word, lang);
    if (stem !== undefined) keys.push(`${lang}:${stem}`);
  }
  return keys;
}

/** A set being filled: the words whose keys are in `keys` are those before `next`. */
interface Filling {
  text: string;
  words?: string[];
  next: number;
  keys: Set<string>;
}

/** Adds up to `max` more words' keys; true once every word is in. */
function fill(set: Filling, max: number): boolean {
  set.words ??= normalizeText(set.text)
    .split(" ")
    .filter((w) => w !== "");
  const end = Math.min(set.words.length, set.next + max);
  for (; set.next < end; set.next++) {
    for (const k of stemKeysOfWord(set.words[set.next] ?? "")) set.keys.add(k);
  }
  return set.next >= set.words.length;
}

/** Sets not filled yet, in the order modules made them (fillStemKeySets works through them). */
const unfilled: Filling[] = [];

/**
 * A set over the words of `text` (whitespace-separated, normalised here), built on first use
 * or ahead of it in pieces by fillStemKeySets. Building stems every word in up to five
 * languages: ~1,700 stems over the sets detection uses, the first calls of each stemmer slow.
 */
export function stemKeySet(text: string): StemKeySet {
  const set: Filling = { text, next: 0, keys: new Set() };
  let complete = false;
  unfilled.push(set);
  return {
    has: (word) => {
      if (!complete) complete = fill(set, Number.POSITIVE_INFINITY);
      return stemKeysOfWord(word).some((k) => set.keys.has(k));
    },
  };
}

/**
 * Fills the sets not built yet by up to `maxWords` words in all, so that a caller can spread
 * the building over short tasks (the extension's table warm-up); false once all are built.
 */
export function fillStemKeySets(maxWords: number): boolean {
  let left = maxWords;
  while (left > 0) {
    const set = unfilled[0];
    if (set === undefined) return false;
    const before = set.next;
    if (fill(set, left)) unfilled.shift();
    left -= Math.max(1, set.next - before);
  }
  return unfilled.length > 0;
}
