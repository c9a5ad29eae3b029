/**
 * A word-level trie of every catalogue phrase (all seven languages), keyed by normalised
 * content words. Each node that ends a phrase knows which indicators the phrase names.
 */
import type { TermIndex } from "../search/term-index";

export interface PhraseEnd {
  /** Indicator IDs named by this word sequence, specific (non-ambiguous) ones first. */
  ids: string[];
  /** True when every phrase ending here is flagged ambiguous, or several indicators share it. */
  ambiguous: boolean;
}

export interface TrieNode {
  children: Map<string, TrieNode>;
  end?: PhraseEnd;
}

function newNode(): TrieNode {
  return { children: new Map() };
}

export interface PhraseTrie {
  root: TrieNode;
  /** Longest phrase, in content words: bounds how far a match can reach. */
  maxWords: number;
  /** Every word of every phrase: any other word can never be part of a match. */
  words: ReadonlySet<string>;
}

export function buildPhraseTrie(index: TermIndex): PhraseTrie {
  const root = newNode();
  const words = new Set<string>();
  let maxWords = 0;
  const specific = new Map<TrieNode, Set<string>>();
  const vague = new Map<TrieNode, Set<string>>();
  for (const phrase of index.phrases) {
    if (phrase.words.length === 0) continue;
    let node = root;
    for (const word of phrase.words) {
      words.add(word);
      let child = node.children.get(word);
      if (!child) {
        child = newNode();
        node.children.set(word, child);
      }
      node = child;
    }
    maxWords = Math.max(maxWords, phrase.words.length);
    const bucket = phrase.ambiguous ? vague : specific;
    const set = bucket.get(node) ?? new Set<string>();
    set.add(phrase.indicatorId);
    bucket.set(node, set);
  }
  for (const node of new Set([...specific.keys(), ...vague.keys()])) {
    const sure = specific.get(node) ?? new Set<string>();
    const ids = [...sure, ...[...(vague.get(node) ?? [])].filter((id) => !sure.has(id))];
    node.end = { ids, ambiguous: sure.size !== 1 || ids.length > 1 };
  }
  return { root, maxWords, words };
}
