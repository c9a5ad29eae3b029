/**
 * Typo neighbours of a query word: the vocabulary words one edit away. The vocabulary is
 * bucketed by length on the first typo lookup (one pass, no allocation per word), and a word is
 * compared only with the words one letter shorter, as long, or one letter longer. This replaces
 * a SymSpell deletion map over the whole vocabulary (every word with each letter removed), which
 * cost more to build than all the lookups a page or a sheet makes; page tagging needs neither.
 */
import type { TermIndex } from "./term-index";
import { deletionVariants, MIN_TYPO_LENGTH, withinOneEdit } from "./token-variants";

/** Vocabulary words by length, each list in index order with the word's position in the index. */
interface Bucket {
  words: string[];
  positions: number[];
}
interface TypoState {
  buckets: Map<number, Bucket>;
  /** Answers so far: table labels and searches repeat the same words across calls. */
  answers: Map<string, string[]>;
}
/** Cache cap: a sheet's vocabulary is small, but hostile input must not grow memory forever. */
const MAX_CACHED_ANSWERS = 20_000;

const built = new WeakMap<TermIndex, TypoState>();

function stateOf(index: TermIndex): TypoState {
  let state = built.get(index);
  if (!state) {
    const buckets = new Map<number, Bucket>();
    let position = 0;
    for (const word of index.byWord.keys()) {
      const bucket = buckets.get(word.length);
      if (bucket) {
        bucket.words.push(word);
        bucket.positions.push(position);
      } else buckets.set(word.length, { words: [word], positions: [position] });
      position++;
    }
    state = { buckets, answers: new Map() };
    built.set(index, state);
  }
  return state;
}

/** True when deleting at most one letter of the vocabulary word `w` gives `variant`. */
function deletesTo(w: string, variant: string): boolean {
  if (w === variant) return true;
  return (
    w.length === variant.length + 1 && w.length >= MIN_TYPO_LENGTH && withinOneEdit(w, variant)
  );
}

const NONE: readonly string[] = [];

/**
 * Vocabulary words within one edit of `word` (MIN_TYPO_LENGTH letters or more), ordered as a
 * deletion-variant lookup lists them: by the first of the word's deletion variants they share,
 * then in index order. Callers rank by insertion order, so the order is part of the result.
 */
export function typoNeighbours(index: TermIndex, word: string): readonly string[] {
  if (word.length < MIN_TYPO_LENGTH) return NONE;
  const { answers, buckets } = stateOf(index);
  let near = answers.get(word);
  if (!near) {
    near = findNeighbours(buckets, word);
    if (answers.size >= MAX_CACHED_ANSWERS) answers.clear();
    answers.set(word, near);
  }
  return near;
}

function findNeighbours(buckets: Map<number, Bucket>, word: string): string[] {
  const found: { word: string; position: number }[] = [];
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    const bucket = buckets.get(length);
    if (!bucket) continue;
    const { words, positions } = bucket;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? "";
      if (withinOneEdit(word, w)) found.push({ word: w, position: positions[i] ?? 0 });
    }
  }
  if (found.length <= 1) return found.map((f) => f.word);
  // The buckets hold shorter, same-length and longer words apart: restore index order first.
  found.sort((a, b) => a.position - b.position);
  const near = found.map((f) => f.word);
  const out: string[] = [];
  const placed = new Set<string>();
  for (const d of deletionVariants(word)) {
    for (const w of near) {
      if (!placed.has(w) && deletesTo(w, d)) {
        placed.add(w);
        out.push(w);
      }
    }
  }
  return out;
}
