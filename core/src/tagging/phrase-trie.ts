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
  /** Read-only: the nodes without children share one empty map. */
  children: ReadonlyMap<string, TrieNode>;
  end?: PhraseEnd;
}

export interface PhraseTrie {
  root: TrieNode;
  /** Longest phrase, in content words: bounds how far a match can reach. */
  maxWords: number;
  /** Every word of every phrase: any other word can never be part of a match. */
  words: ReadonlySet<string>;
}

interface BuildNode {
  children: Map<string, BuildNode>;
  end?: PhraseEnd;
}

/**
 * Adds indicator `id` to the end of a phrase at `node`. The IDs stay as "specific ones in first
 * seen order, then vague ones not also specific, in first seen order"; `sureCounts` remembers
 * how many are specific, for the few nodes where several phrases end.
 */
function addEnd(
  node: BuildNode,
  id: string,
  ambiguous: boolean,
  sureCounts: Map<PhraseEnd, number>,
): void {
  const end = node.end;
  if (end === undefined) {
    // What the rule below gives for one phrase, without a Map entry: most nodes stop here.
    node.end = { ids: [id], ambiguous };
    return;
  }
  const ids = end.ids;
  let sure = sureCounts.get(end) ?? (end.ambiguous ? 0 : 1);
  const at = ids.indexOf(id);
  if (!ambiguous && !(at >= 0 && at < sure)) {
    if (at >= 0) ids.splice(at, 1); // was vague only: now specific
    ids.splice(sure, 0, id);
    sure++;
  } else if (at < 0) ids.push(id);
  sureCounts.set(end, sure);
  end.ambiguous = sure !== 1 || ids.length > 1;
}

/**
 * Built once per page (the first tagging pass waits for it), before the JIT has warmed up: one
 * indexed pass over the phrases, no Set per node, and leaves share an empty map (a third of the
 * ~8,500 nodes of the catalogue are leaves).
 */
export function buildPhraseTrie(index: TermIndex): PhraseTrie {
  const noChildren = new Map<string, BuildNode>();
  const root: BuildNode = { children: new Map() };
  const words = new Set<string>();
  const sureCounts = new Map<PhraseEnd, number>();
  let maxWords = 0;
  const phrases = index.phrases;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    if (phrase === undefined || phrase.words.length === 0) continue;
    const phraseWords = phrase.words;
    let node = root;
    for (let w = 0; w < phraseWords.length; w++) {
      const word = phraseWords[w] ?? "";
      let child = node.children.get(word);
      if (child === undefined) {
        child = { children: noChildren };
        if (node.children === noChildren) node.children = new Map();
        node.children.set(word, child);
        // A word already in the trie has a node already: adding here catches every word.
        words.add(word);
      }
      node = child;
    }
    if (phraseWords.length > maxWords) maxWords = phraseWords.length;
    addEnd(node, phrase.indicatorId, phrase.ambiguous, sureCounts);
  }
  return { root, maxWords, words };
}
