/**
 * Catalogue search in seven languages: exact phrase first, then word-level matching that
 * tolerates accents, case, word order, inflection and small typos; fuse.js only when both fail.
 */
import type { Language } from "../catalogue/vocabulary";
import { serbianLatinOf } from "../tables/serbian-transliteration";
import { normalizeText } from "../text/normalize";
import { fuzzyPhraseSearch } from "./fuzzy-fallback";
import { cachedResolver, scorePhrases, type PhraseScore } from "./score-phrases";
import { contentWords, countsAsWritten, type TermIndex } from "./term-index";

/** Search weighs phrase and query coverage equally: a good hit explains the whole query and is explained by it. */
const SEARCH_PHRASE_WEIGHT = 0.5;
/** Phrases flagged ambiguous name several indicators; they rank below a specific phrase. */
const AMBIGUOUS_FACTOR = 0.85;
/** Below this best word-level score, the fuzzy fallback runs too. */
const FUZZY_FALLBACK_BELOW = 0.6;
/** Hits under this score are noise and are not returned. */
const MIN_SEARCH_SCORE = 0.3;

export interface SearchHit {
  id: string;
  /** 0–1, 1 for an exact phrase match. */
  score: number;
  matched: { text: string; lang: Language };
  via: "exact" | "words" | "fuzzy";
}

function keepBest(best: Map<string, SearchHit>, hit: SearchHit): void {
  const prev = best.get(hit.id);
  if (!prev || prev.score < hit.score) best.set(hit.id, hit);
}

function wordScore(s: PhraseScore): number {
  return SEARCH_PHRASE_WEIGHT * s.phraseCoverage + (1 - SEARCH_PHRASE_WEIGHT) * s.queryCoverage;
}

/**
 * Indicators of `index` (e.g. the bundled catalogue's) that match `query`, best first. A query
 * in Serbian Cyrillic is also read in Latin, the script of most Serbian terms.
 */
export function searchCatalogue(
  index: TermIndex,
  query: string,
  options: { limit?: number } = {},
): SearchHit[] {
  const limit = options.limit ?? 10;
  const best = new Map<string, SearchHit>();
  const latin = serbianLatinOf(query);
  for (const text of latin === undefined ? [query] : [query, latin]) wordHits(index, text, best);

  const top = Math.max(0, ...[...best.values()].map((h) => h.score));
  if (top < FUZZY_FALLBACK_BELOW && normalizeText(query).length >= 3) {
    const words = contentWords(latin ?? query);
    for (const hit of fuzzyPhraseSearch(index, words.join(" "))) keepBest(best, hit);
  }

  return [...best.values()]
    .filter((h) => h.score >= MIN_SEARCH_SCORE)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Exact and word-level hits of a query, the best per indicator kept in `best`. */
function wordHits(index: TermIndex, text: string, best: Map<string, SearchHit>): void {
  const words = contentWords(text);
  for (const p of index.exact.get(words.join(" ")) ?? []) {
    const phrase = index.phrases[p];
    if (!phrase || !countsAsWritten(index, phrase, 1, text)) continue;
    const score = phrase.ambiguous ? AMBIGUOUS_FACTOR : 1;
    keepBest(best, {
      id: phrase.indicatorId,
      score,
      matched: { text: phrase.text, lang: phrase.lang },
      via: "exact",
    });
  }

  for (const s of scorePhrases(index, words, cachedResolver(index))) {
    const phrase = index.phrases[s.phrase];
    if (!phrase || !countsAsWritten(index, phrase, s.phraseCoverage, text)) continue;
    // Just under an exact hit, so that an exact phrase always wins a tie.
    const score = wordScore(s) * (phrase.ambiguous ? AMBIGUOUS_FACTOR : 1) * 0.99;
    keepBest(best, {
      id: phrase.indicatorId,
      score,
      matched: { text: phrase.text, lang: phrase.lang },
      via: "words",
    });
  }
}
