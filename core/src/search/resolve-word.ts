/** Maps one query word to the vocabulary words it may stand for, each with a match quality. */
import { typoNeighbours } from "./deletion-index";
import type { TermIndex } from "./term-index";
import { stemKeysOf } from "../text/stem";
import { equivalentWords } from "./word-equivalents";

/** Quality of a word match: what each kind of likeness is worth against an exact match. */
export const WORD_QUALITY = {
  exact: 1,
  /** Same stem: usually the same word inflected ("переводы" / "переводов"). */
  stem: 0.85,
  /** One typo away. */
  typo: 0.8,
} as const;

export interface WordMatch {
  word: string;
  quality: number;
}

/** Vocabulary words matching `word`, best quality per word; empty when nothing is close. */
export function resolveWord(index: TermIndex, word: string): WordMatch[] {
  const found = new Map<string, number>();
  const offer = (w: string, q: number) => {
    if ((found.get(w) ?? 0) < q) found.set(w, q);
  };
  if (index.byWord.has(word)) offer(word, WORD_QUALITY.exact);
  // "people" for "persons": one word to the catalogue, whichever its phrase wrote.
  for (const w of equivalentWords(word)) if (index.byWord.has(w)) offer(w, WORD_QUALITY.exact);

  // The word's language is unknown: each language its script allows may have inflected it.
  for (const key of stemKeysOf(word)) {
    for (const w of index.stems.get(key) ?? []) offer(w, WORD_QUALITY.stem);
  }
  for (const w of typoNeighbours(index, word)) offer(w, WORD_QUALITY.typo);
  return [...found].map(([w, quality]) => ({ word: w, quality }));
}
