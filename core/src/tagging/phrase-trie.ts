/**
 * A word-level trie of every catalogue phrase (all seven languages), keyed by normalised
 * content words. Each node that ends a phrase knows which indicators the phrase names.
 *
 * Words that share a stem (stem-classes.ts) share a node: the trie is built over each word's
 * class, and every catalogue word of the class leads to the same child, so that "refugee" and
 * "refugees" walk alike. An end remembers the words its phrases were written with, so that an
 * exact phrase still outranks an inflected one (`settleEnd`).
 */
import type { Phrase, TermIndex } from "../search/term-index";

export interface PhraseEnd {
  /** Indicator IDs named by this word sequence, specific (non-ambiguous) ones first. */
  ids: string[];
  /** True when every phrase ending here is flagged ambiguous, or several indicators share it. */
  ambiguous: boolean;
  /** The words of the phrases ending here, when they all have the same words. */
  surface?: readonly string[];
  /** The end of the phrases of each spelling, when phrases spelled differently end here. */
  bySurface?: ReadonlyMap<string, PhraseEnd>;
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
  node: { end?: PhraseEnd },
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

/** Records the spellings of the phrases ending at `end`: one, or an end per spelling. */
function addSpellings(end: PhraseEnd, ending: readonly Phrase[]): void {
  const first = ending[0];
  if (first === undefined) return;
  if (ending.every((p) => p.norm === first.norm)) {
    end.surface = first.words;
    return;
  }
  const holders = new Map<string, { end?: PhraseEnd }>();
  const sureCounts = new Map<PhraseEnd, number>();
  for (const p of ending) {
    let holder = holders.get(p.norm);
    if (holder === undefined) {
      holder = {};
      holders.set(p.norm, holder);
    }
    addEnd(holder, p.indicatorId, p.ambiguous, sureCounts);
  }
  const bySurface = new Map<string, PhraseEnd>();
  for (const [spelling, holder] of holders) {
    if (holder.end) bySurface.set(spelling, { ...holder.end, surface: spelling.split(" ") });
  }
  end.bySurface = bySurface;
}

/** Lets every catalogue word of a class lead where the class's word leads. */
function addInflectedKeys(root: BuildNode, repOf: ReadonlyMap<string, string>): void {
  const members = new Map<string, string[]>();
  for (const [word, rep] of repOf) {
    if (word === rep) continue;
    const list = members.get(rep);
    if (list) list.push(word);
    else members.set(rep, [word]);
  }
  if (members.size === 0) return;
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const entries = [...node.children];
    for (const [key, child] of entries) {
      stack.push(child);
      for (const member of members.get(key) ?? []) node.children.set(member, child);
    }
  }
}

/**
 * Built once per page (the first tagging pass waits for it), before the JIT has warmed up: one
 * indexed pass over the phrases, no Set per node, and leaves share an empty map (a third of the
 * ~8,500 nodes of the catalogue are leaves).
 */
export function buildPhraseTrie(index: TermIndex): PhraseTrie {
  const repOf = index.classes.repOf;
  const noChildren = new Map<string, BuildNode>();
  const root: BuildNode = { children: new Map() };
  const words = new Set<string>();
  const sureCounts = new Map<PhraseEnd, number>();
  const endings = new Map<BuildNode, Phrase[]>();
  let maxWords = 0;
  const phrases = index.phrases;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    if (phrase === undefined || phrase.words.length === 0) continue;
    const phraseWords = phrase.words;
    let node = root;
    for (let w = 0; w < phraseWords.length; w++) {
      const word = phraseWords[w] ?? "";
      const key = repOf.get(word) ?? word;
      let child = node.children.get(key);
      if (child === undefined) {
        child = { children: noChildren };
        if (node.children === noChildren) node.children = new Map();
        node.children.set(key, child);
      }
      words.add(word);
      node = child;
    }
    if (phraseWords.length > maxWords) maxWords = phraseWords.length;
    addEnd(node, phrase.indicatorId, phrase.ambiguous, sureCounts);
    const ending = endings.get(node);
    if (ending) ending.push(phrase);
    else endings.set(node, [phrase]);
  }
  for (const [node, ending] of endings) if (node.end) addSpellings(node.end, ending);
  addInflectedKeys(root, repOf);
  return { root, maxWords, words };
}

/** What the matched words settle on: an exact spelling of the phrase, or an inflected one. */
export interface SettledEnd {
  end: PhraseEnd;
  inflected: boolean;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The end the matched words reach, preferring the phrases spelled exactly as the page has them
 * (`words`, normalised); `stemmed` says that a word was only matched through its stem.
 */
export function settleEnd(end: PhraseEnd, words: readonly string[], stemmed: boolean): SettledEnd {
  if (stemmed) return { end, inflected: true };
  if (end.surface !== undefined) return { end, inflected: !sameWords(end.surface, words) };
  const exact = end.bySurface?.get(words.join(" "));
  return exact ? { end: exact, inflected: false } : { end, inflected: true };
}
