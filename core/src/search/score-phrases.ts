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

export function scorePhrases(
  index: TermIndex,
  queryWords: readonly string[],
  resolve: (word: string) => WordMatch[],
): PhraseScore[] {
  // phrase → (phrase word → best quality), and phrase → per-query-word best quality
  const perPhrase = new Map<number, { words: Map<string, number>; query: Map<number, number> }>();
  queryWords.forEach((qw, qi) => {
    for (const { word, quality } of resolve(qw)) {
      for (const p of index.byWord.get(word) ?? []) {
        let acc = perPhrase.get(p);
        if (!acc) {
          acc = { words: new Map(), query: new Map() };
          perPhrase.set(p, acc);
        }
        if ((acc.words.get(word) ?? 0) < quality) acc.words.set(word, quality);
        if ((acc.query.get(qi) ?? 0) < quality) acc.query.set(qi, quality);
      }
    }
  });

  const out: PhraseScore[] = [];
  for (const [p, acc] of perPhrase) {
    const phrase = index.phrases[p];
    if (!phrase) continue;
    let covered = 0;
    for (const q of acc.words.values()) covered += q;
    let queryCovered = 0;
    for (const q of acc.query.values()) queryCovered += q;
    out.push({
      phrase: p,
      phraseCoverage: covered / phrase.words.length,
      queryCoverage: queryWords.length === 0 ? 0 : queryCovered / queryWords.length,
      matchedWords: [...acc.words.keys()],
    });
  }
  return out;
}
