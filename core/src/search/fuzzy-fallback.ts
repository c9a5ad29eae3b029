/**
 * fuse.js as the last resort, for queries whose words are too mangled for word-level matching.
 * It is slow (linear in the number of phrases), so it runs only when everything else failed.
 */
import Fuse from "fuse.js";
import type { SearchHit } from "./search";
import type { TermIndex } from "./term-index";

/** fuse.js threshold: 0 is exact, its default 0.6 is far too permissive for indicator names. */
const FUSE_THRESHOLD = 0.4;
/** A fuzzy hit is worth less than a word-level hit of the same closeness. */
const FUZZY_WEIGHT = 0.7;
const FUZZY_CANDIDATES = 10;

const fuseCache = new WeakMap<TermIndex, Fuse<{ norm: string; i: number }>>();

function fuseFor(index: TermIndex): Fuse<{ norm: string; i: number }> {
  let fuse = fuseCache.get(index);
  if (!fuse) {
    fuse = new Fuse(
      index.phrases.map((p, i) => ({ norm: p.norm, i })),
      { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD },
    );
    fuseCache.set(index, fuse);
  }
  return fuse;
}

export function fuzzyPhraseSearch(index: TermIndex, normalizedQuery: string): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const r of fuseFor(index).search(normalizedQuery, { limit: FUZZY_CANDIDATES })) {
    const phrase = index.phrases[r.item.i];
    // An acronym is matched case-sensitively or not at all; a fuzzy "ofw" is no "OCW", and a
    // dataset code only whole and exactly.
    if (!phrase || phrase.acronym === true || phrase.code === true) continue;
    const score = (1 - (r.score ?? 1)) * FUZZY_WEIGHT;
    hits.push({
      id: phrase.indicatorId,
      score,
      matched: { text: phrase.text, lang: phrase.lang },
      via: "fuzzy",
    });
  }
  return hits;
}
