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
/** OR-ing this bit lower-cases A–Z and leaves a–z and 0–9 as they are. */
export const ASCII_CASE_BIT = 0x20;

export interface AsciiWordTable {
  /** The words, by slot value. */
  readonly words: readonly string[];
  /**
   * Index in `words` of `text[start, end)` read case-insensitively, or -1. `hash` is the hash of
   * the lower-cased characters; `text[start, end)` must hold only ASCII letters and digits.
   */
  find: (text: string, start: number, end: number, hash: number) => number;
}

function slotCount(words: number): number {
  let size = 16;
  while (size < words * MIN_SLOTS_PER_WORD) size *= 2;
  return size;
}

const CODE_A = 0x61;
const CODE_Z = 0x7a;
const CODE_0 = 0x30;
const CODE_9 = 0x39;
/** Not a hash (those are 24-bit, never negative): the word cannot come out of the ASCII path. */
const NOT_LOWER_ASCII = -1;

/** `text[start, end)`, read case-insensitively, is the lower-case ASCII `word`. */
function sameAsciiWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(start + i) | ASCII_CASE_BIT) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The open-addressing probe of both the table and the cache: `text[start, end)`'s index, or -1. */
function probeWord(
  entries: Int32Array,
  hashes: Int32Array,
  words: readonly string[],
  mask: number,
  text: string,
  start: number,
  end: number,
  hash: number,
): number {
  let slot = hash & mask;
  for (;;) {
    const entry = entries[slot] ?? EMPTY;
    if (entry === EMPTY) return EMPTY;
    if (hashes[slot] === hash && sameAsciiWord(words[entry] ?? "", text, start, end)) return entry;
    slot = (slot + 1) & mask;
  }
}

/**
 * Builds the table from any words (repeats allowed, in the order given); those that are not
 * lower-case ASCII are left out. Runs on every page load before the JIT warms up: hashing and
 * filtering are inlined in one loop, and no intermediate Set is made.
 */
export function buildAsciiWordTable(...candidateLists: Iterable<string>[]): AsciiWordTable {
  const kept: string[] = [];
  const keptHashes: number[] = [];
  for (const candidates of candidateLists) {
    for (const word of candidates) {
      let hash = word.length === 0 ? NOT_LOWER_ASCII : WORD_HASH_SEED;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (!((code >= CODE_A && code <= CODE_Z) || (code >= CODE_0 && code <= CODE_9))) {
          hash = NOT_LOWER_ASCII;
          break;
        }
        hash = (hash * WORD_HASH_MULTIPLIER + code) & WORD_HASH_MASK;
      }
      if (hash === NOT_LOWER_ASCII) continue;
      kept.push(word);
      keptHashes.push(hash);
    }
  }
  // Sized before removing repeats: a few spare slots only make probe chains shorter.
  const mask = slotCount(kept.length) - 1;
  const hashes = new Int32Array(mask + 1);
  const entries = new Int32Array(mask + 1).fill(EMPTY);
  const words: string[] = [];
  for (let k = 0; k < kept.length; k++) {
    const word = kept[k] ?? "";
    const hash = keptHashes[k] ?? 0;
    let slot = hash & mask;
    let entry = entries[slot] ?? EMPTY;
    while (entry !== EMPTY && !(hashes[slot] === hash && words[entry] === word)) {
      slot = (slot + 1) & mask;
      entry = entries[slot] ?? EMPTY;
    }
    if (entry !== EMPTY) continue; // a repeat
    hashes[slot] = hash;
    entries[slot] = words.length;
    words.push(word);
  }

  function find(text: string, start: number, end: number, hash: number): number {
    return probeWord(entries, hashes, words, mask, text, start, end, hash);
  }

  return { words, find };
}

/**
 * A growing table of lower-case ASCII words probed as AsciiWordTable is (straight from the page
 * text, no substring), each word with a string and a number: the scanner remembers here what a
 * word outside the vocabulary stands for, so a page's repeated words are sliced and lower-cased
 * once each rather than at every occurrence.
 */
export class AsciiWordCache {
  readonly words: string[] = [];
  readonly strings: string[] = [];
  readonly numbers: number[] = [];
  private mask = 1023;
  private hashes = new Int32Array(this.mask + 1);
  private entries = new Int32Array(this.mask + 1).fill(EMPTY);

  constructor(private readonly maxWords: number) {}

  /** Index of `text[start, end)` read case-insensitively, or -1 (as AsciiWordTable's find). */
  find(text: string, start: number, end: number, hash: number): number {
    return probeWord(this.entries, this.hashes, this.words, this.mask, text, start, end, hash);
  }

  /** Adds a word not in the table yet (lower-case ASCII, hashed as the scanner hashes). */
  add(word: string, hash: number, string: string, number: number): void {
    if (this.words.length >= this.maxWords) this.clear();
    if ((this.words.length + 1) * MIN_SLOTS_PER_WORD > this.mask + 1) this.grow();
    this.place(hash, this.words.length);
    this.words.push(word);
    this.strings.push(string);
    this.numbers.push(number);
  }

  private place(hash: number, entry: number): void {
    let slot = hash & this.mask;
    while (this.entries[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.hashes[slot] = hash;
    this.entries[slot] = entry;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldEntries = this.entries;
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.entries = new Int32Array(this.mask + 1).fill(EMPTY);
    for (let slot = 0; slot < oldEntries.length; slot++) {
      const entry = oldEntries[slot] ?? EMPTY;
      if (entry !== EMPTY) this.place(oldHashes[slot] ?? 0, entry);
    }
  }

  private clear(): void {
    this.words.length = 0;
    this.strings.length = 0;
    this.numbers.length = 0;
    this.entries.fill(EMPTY);
  }
}
