/**
 * An open-addressing hash table of lower-case ASCII words ([a-z0-9]+), probed straight from the
 * page text: the scanner hashes each word as it reads it (folding A–Z on the fly), so a word that
 * is not in the table costs no substring, no `toLowerCase` and no Map lookup.
 */

/**
 * A polynomial hash kept to 24 bits, so every step stays a small integer: unoptimised code (a
 * page's first pass) would box larger numbers. The table compares words exactly on a hit.
 */
export const WORD_HASH_SEED = 0;
export const WORD_HASH_MULTIPLIER = 31;
export const WORD_HASH_MASK = 0xffffff;

/** The hash after one more (already lower-cased) character. */
export function hashStep(hash: number, code: number): number {
  return (hash * WORD_HASH_MULTIPLIER + code) & WORD_HASH_MASK;
}

/** Slots per word at least: keeps probe chains short (a miss usually ends at the first slot). */
const MIN_SLOTS_PER_WORD = 4;
const EMPTY = -1;
/** Only these words can come out of the ASCII path (digits and lower-case letters). */
const LOWER_ASCII_WORD_RE = /^[a-z0-9]+$/;
/** OR-ing this bit lower-cases A–Z and leaves a–z and 0–9 as they are. */
const ASCII_CASE_BIT = 0x20;

export interface AsciiWordTable {
  /** The words, by slot value. */
  readonly words: readonly string[];
  /**
   * Index in `words` of `text[start, end)` read case-insensitively, or -1. `hash` is the hash of
   * the lower-cased characters; `text[start, end)` must hold only ASCII letters and digits.
   */
  find: (text: string, start: number, end: number, hash: number) => number;
}

function hashOf(word: string): number {
  let hash = WORD_HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

function slotCount(words: number): number {
  let size = 16;
  while (size < words * MIN_SLOTS_PER_WORD) size *= 2;
  return size;
}

/** Builds the table from any words; those that are not lower-case ASCII are left out. */
export function buildAsciiWordTable(candidates: readonly string[]): AsciiWordTable {
  const words = [...new Set(candidates.filter((w) => LOWER_ASCII_WORD_RE.test(w)))];
  const mask = slotCount(words.length) - 1;
  const hashes = new Int32Array(mask + 1);
  const entries = new Int32Array(mask + 1).fill(EMPTY);
  words.forEach((word, index) => {
    const hash = hashOf(word);
    let slot = hash & mask;
    while (entries[slot] !== EMPTY) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    entries[slot] = index;
  });

  function sameWord(word: string, text: string, start: number, end: number): boolean {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) {
      if ((text.charCodeAt(start + i) | ASCII_CASE_BIT) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  function find(text: string, start: number, end: number, hash: number): number {
    let slot = hash & mask;
    for (;;) {
      const entry = entries[slot] ?? EMPTY;
      if (entry === EMPTY) return EMPTY;
      if (hashes[slot] === hash && sameWord(words[entry] ?? "", text, start, end)) return entry;
      slot = (slot + 1) & mask;
    }
  }

  return { words, find };
}
