/**
 * Scores catalogue phrases against a text's words without fuzzy search: every query word is
 * resolved to vocabulary words (exact, stem, one typo), and each phrase scores by how much of
 * it, and of the query, those words cover. Word order does not matter.
 */
import { resolveWord, type WordMatch } from "./resolve-word";
import type { TermIndex } from "./term-index";

export interface PhraseScore {
  phrase: number;
  /** Share of the phrase's words found in the query, weighted by match quality (0–1). */
  phraseCoverage: number;
  /** Share of the query's words that matched the phrase, weighted by match quality (0–1). */
  queryCoverage: number;
  matchedWords: string[];
}

/** Resolves words through a cache, since table labels repeat the same words many times. */
export function cachedResolver(index: TermIndex): (word: string) => WordMatch[] {
  const cache = new Map<string, WordMatch[]>();
  return (word) => {
    let hit = cache.get(word);
    if (!hit) {
      hit = resolveWord(index, word);
      cache.set(word, hit);
    }
    return hit;
  };
}

/**
 * Scratch space shared by every call, so scoring allocates nothing per candidate phrase: table
 * detection scores a few labels per table, each touching dozens of phrases. A phrase's slot is
 * valid only when its stamp equals the current call's generation.
 */
const NO_ENTRY = -1;
const MAX_GENERATION = 0xffffffff;
let generation = 0;
let stampOf = new Uint32Array(0);
let slotOf = new Int32Array(0);
/** Phrases in the order first touched (the order scores come out in). */
const touched: number[] = [];
// Per slot: the matched words as a linked list in insertion order, and the query coverage so far.
const firstWord: number[] = [];
const lastQueryWord: number[] = [];
const lastQueryQuality: number[] = [];
const queryQualitySum: number[] = [];
// Per matched-word entry.
const entryWord: string[] = [];
const entryQuality: number[] = [];
const entryNext: number[] = [];
// How many query words matched the entry's word, and the last of them (a phrase may repeat a word).
const entryHits: number[] = [];
const entryLastQuery: number[] = [];

function startCall(phraseCount: number): void {
  if (stampOf.length < phraseCount) {
    stampOf = new Uint32Array(phraseCount);
    slotOf = new Int32Array(phraseCount);
    generation = 0;
  }
  if (generation === MAX_GENERATION) {
    stampOf.fill(0);
    generation = 0;
  }
  generation++;
  touched.length = 0;
}

function slotFor(p: number): number {
  if (stampOf[p] === generation) return slotOf[p] ?? 0;
  const slot = touched.length;
  touched.push(p);
  stampOf[p] = generation;
  slotOf[p] = slot;
  firstWord[slot] = NO_ENTRY;
  lastQueryWord[slot] = NO_ENTRY;
  lastQueryQuality[slot] = 0;
  queryQualitySum[slot] = 0;
  return slot;
}

/** Keeps the best quality per matched word, words in the order first matched. */
function offerWord(
  slot: number,
  word: string,
  quality: number,
  qi: number,
  entryCount: number,
): number {
  let last = NO_ENTRY;
  for (let e = firstWord[slot] ?? NO_ENTRY; e !== NO_ENTRY; e = entryNext[e] ?? NO_ENTRY) {
    if (entryWord[e] === word) {
      if ((entryQuality[e] ?? 0) < quality) entryQuality[e] = quality;
      if (entryLastQuery[e] !== qi) {
        entryLastQuery[e] = qi;
        entryHits[e] = (entryHits[e] ?? 0) + 1;
      }
      return entryCount;
    }
    last = e;
  }
  // A word is recorded only with a quality above zero, like a missing map entry reads as 0.
  if (!(0 < quality)) return entryCount;
  const e = entryCount;
  entryWord[e] = word;
  entryQuality[e] = quality;
  entryNext[e] = NO_ENTRY;
  entryHits[e] = 1;
  entryLastQuery[e] = qi;
  if (last === NO_ENTRY) firstWord[slot] = e;
  else entryNext[last] = e;
  return entryCount + 1;
}

/** Keeps the best quality per query word; query words arrive in order, so only the last is open. */
function offerQueryWord(slot: number, qi: number, quality: number): void {
  if (lastQueryWord[slot] === qi) {
    if ((lastQueryQuality[slot] ?? 0) < quality) lastQueryQuality[slot] = quality;
    return;
  }
  if (!(0 < quality)) return;
  // Close the previous query word: sums run in query order, as over the old map's values.
  if (lastQueryWord[slot] !== NO_ENTRY)
    queryQualitySum[slot] = (queryQualitySum[slot] ?? 0) + (lastQueryQuality[slot] ?? 0);
  lastQueryWord[slot] = qi;
  lastQueryQuality[slot] = quality;
}

/** Whether a phrase has a word twice ("16.2.2", "8.8.1"): rare. */
function repeatsWords(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++)
    if (words.lastIndexOf(words[i] ?? "", i - 1) >= 0) return true;
  return false;
}

const UNKNOWN = 0;
const REPEATS = 1;
const DISTINCT = 2;
/** Per index, per phrase: whether it repeats a word, worked out on first touch. */
const repeatFlags = new WeakMap<TermIndex, Uint8Array>();

function phraseRepeatsWords(index: TermIndex, p: number, words: readonly string[]): boolean {
  let flags = repeatFlags.get(index);
  if (!flags || flags.length < index.phrases.length) {
    flags = new Uint8Array(index.phrases.length);
    repeatFlags.set(index, flags);
  }
  if (flags[p] === UNKNOWN) flags[p] = repeatsWords(words) ? REPEATS : DISTINCT;
  return flags[p] === REPEATS;
}

function occurrences(words: readonly string[], word: string | undefined): number {
  let n = 0;
  for (const w of words) if (w === word) n++;
  return n;
}

/**
 * Scores every phrase that shares a resolved word with the query, in the order the phrases are
 * first reached. With `minPhraseCoverage`, phrases covered less are left out (callers that drop
 * them anyway save building their scores).
 */
export function scorePhrases(
  index: TermIndex,
  queryWords: readonly string[],
  resolve: (word: string) => WordMatch[],
  minPhraseCoverage?: number,
): PhraseScore[] {
  // Resolve first: the scratch space below must not be in use while a caller's function runs.
  const resolved: WordMatch[][] = [];
  for (const qw of queryWords) resolved.push(resolve(qw));

  startCall(index.phrases.length);
  let entryCount = 0;
  for (let qi = 0; qi < resolved.length; qi++) {
    for (const { word, quality } of resolved[qi] ?? []) {
      const phrases = index.byWord.get(word);
      if (!phrases) continue;
      for (const p of phrases) {
        // An id past the phrase list names no phrase (and would be left out of the scores).
        if (!(p < stampOf.length)) continue;
        const slot = slotFor(p);
        entryCount = offerWord(slot, word, quality, qi, entryCount);
        offerQueryWord(slot, qi, quality);
      }
    }
  }

  const out: PhraseScore[] = [];
  for (let slot = 0; slot < touched.length; slot++) {
    const p = touched[slot] ?? 0;
    const phrase = index.phrases[p];
    if (!phrase) continue;
    const repeats = phraseRepeatsWords(index, p, phrase.words);
    let covered = 0;
    for (let e = firstWord[slot] ?? NO_ENTRY; e !== NO_ENTRY; e = entryNext[e] ?? NO_ENTRY)
      covered +=
        (entryQuality[e] ?? 0) *
        (repeats ? Math.min(entryHits[e] ?? 1, occurrences(phrase.words, entryWord[e])) : 1);
    const phraseCoverage = covered / phrase.words.length;
    if (minPhraseCoverage !== undefined && phraseCoverage < minPhraseCoverage) continue;
    let queryCovered = queryQualitySum[slot] ?? 0;
    if (lastQueryWord[slot] !== NO_ENTRY) queryCovered += lastQueryQuality[slot] ?? 0;
    const matchedWords: string[] = [];
    for (let e = firstWord[slot] ?? NO_ENTRY; e !== NO_ENTRY; e = entryNext[e] ?? NO_ENTRY)
      matchedWords.push(entryWord[e] ?? "");
    out.push({
      phrase: p,
      phraseCoverage,
      queryCoverage: queryWords.length === 0 ? 0 : queryCovered / queryWords.length,
      matchedWords,
    });
  }
  return out;
}
