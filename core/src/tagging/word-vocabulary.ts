/**
 * What each normalised word can do for the phrase trie, as bit flags. A word with no flag (most
 * words on a page) can never be part of a match: it only ends a phrase walk.
 */
import { classOfInflected, type StemClasses } from "../search/stem-classes";
import { buildAsciiWordTable, type AsciiWordTable } from "./ascii-word-table";
import { liAlArticleForm, liProcliticForm } from "./arabic-li-al";
import type { PhraseTrie } from "./phrase-trie";
import { SKIPPABLE_IN_PHRASE } from "./phrase-links";

/** The word is a key somewhere in the trie. */
export const IN_TRIE = 1;
/** Some phrase starts with the word. */
export const STARTS_PHRASE = 2;
/** A function word or a passive auxiliary (phrase-links.ts): may be skipped inside a phrase. */
export const STOPWORD = 4;
/** The word stands for a catalogue word it shares a stem with, not for itself. */
export const STEMMED = 8;
/** None of the above. */
export const BLOCKER = 0;

export interface WordVocabulary {
  flagsOf: (norm: string) => number;
  /**
   * The catalogue word an inflected word (not itself in the trie) stands for, or undefined.
   * Stemming is the costly part: callers cache the answer per word.
   */
  inflectedAs: (norm: string) => string | undefined;
  /** The first letters of every stem (ASCII ones): a word starting otherwise has no class. */
  asciiStemPrefixes: AsciiWordTable;
  /** Every flagged word that the ASCII fast path can produce. */
  ascii: AsciiWordTable;
  /** Flags of `ascii.words`, by the same index. */
  asciiFlags: Uint8Array;
}

export function buildWordVocabulary(trie: PhraseTrie, classes: StemClasses): WordVocabulary {
  const starters = trie.root.children;
  // Three set lookups, not one Map: built on every page load, asked only on a cache miss.
  const flagsOf = (norm: string): number =>
    (trie.words.has(norm) ? IN_TRIE : 0) |
    (starters.has(norm) ? STARTS_PHRASE : 0) |
    (SKIPPABLE_IN_PHRASE.has(norm) ? STOPWORD : 0);
  const ascii = buildAsciiWordTable(trie.words, SKIPPABLE_IN_PHRASE);
  const words = ascii.words;
  const asciiFlags = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) asciiFlags[i] = flagsOf(words[i] ?? "");
  return {
    flagsOf,
    inflectedAs: (norm) => {
      const articleForm = liAlArticleForm(norm);
      const behindLi = liProcliticForm(norm);
      return (
        classOfInflected(classes, norm) ??
        (articleForm === undefined ? undefined : classOfInflected(classes, articleForm)) ??
        (behindLi === undefined ? undefined : classOfInflected(classes, behindLi))
      );
    },
    asciiStemPrefixes: buildAsciiWordTable(classes.prefixes),
    ascii,
    asciiFlags,
  };
}
