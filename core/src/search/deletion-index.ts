/**
 * The deletion-variant map of a term index (SymSpell), built on the first typo lookup: it is
 * the costliest part of the index (every word with each letter removed), and page tagging,
 * which matches whole words only, never needs it.
 */
import type { TermIndex } from "./term-index";
import { deletionVariants, MIN_TYPO_LENGTH } from "./token-variants";

/**
 * Typo lookups start from words of MIN_TYPO_LENGTH letters or more, whose variants are at most
 * one letter shorter: shorter vocabulary words can never be reached.
 */
const MIN_REACHABLE_LENGTH = MIN_TYPO_LENGTH - 1;

/**
 * Deletion variant → the vocabulary word it comes from, or the words in index order when
 * several do (a bare string for the common single word: 30,000 keys, few shared).
 */
type DeletionMap = Map<string, string | string[]>;

const built = new WeakMap<TermIndex, DeletionMap>();

function buildDeletionMap(index: TermIndex): DeletionMap {
  const map: DeletionMap = new Map();
  for (const word of index.byWord.keys()) {
    if (word.length < MIN_REACHABLE_LENGTH) continue;
    for (const d of deletionVariants(word)) {
      const held = map.get(d);
      if (held === undefined) map.set(d, word);
      else if (typeof held === "string") {
        // Removing either of two equal letters gives the same variant twice.
        if (held !== word) map.set(d, [held, word]);
      } else if (held[held.length - 1] !== word) held.push(word);
    }
  }
  return map;
}

const NONE: readonly string[] = [];

/** Vocabulary words that become `variant` with at most one letter removed, in index order. */
export function wordsWithDeletion(index: TermIndex, variant: string): readonly string[] {
  let map = built.get(index);
  if (!map) {
    map = buildDeletionMap(index);
    built.set(index, map);
  }
  const held = map.get(variant);
  if (held === undefined) return NONE;
  return typeof held === "string" ? [held] : held;
}
