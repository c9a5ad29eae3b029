// TEST SUPPORT ONLY: a frozen copy of the matcher before the allocation-free rewrite.
// The property test checks that the production matcher gives exactly these results.
/**
 * Finds catalogue indicator mentions in page text in one pass: words are normalised once, then
 * a word trie is walked from each word; the longest phrase wins and matches do not overlap.
 * Function words ("de", "of", "в") are skipped inside a phrase, as the term index drops them.
 *
 * Text can arrive whole or in chunks (the extension feeds text nodes in idle-time slices):
 * a stream keeps only the few trailing words that could still start a match.
 */
import { classOfInflected, type StemClasses } from "../../search/stem-classes";
import type { TermIndex } from "../../search/term-index";
import { SKIPPABLE_IN_PHRASE } from "../phrase-links";
import type { Mention } from "../mention";
import { acronymAsWritten, acronymForms } from "../mention-matcher";
// The trie itself is shared with production: only scanning and matching were rewritten.
import { buildPhraseTrie, settleEnd, type PhraseEnd, type PhraseTrie } from "../phrase-trie";
import { scanWords, WordNormalizer, type ScannedWord } from "./reference-word-scan";

/** Function words and passive auxiliaries: skipped inside a phrase (phrase-links.ts). */
const isStopword = (norm: string): boolean => SKIPPABLE_IN_PHRASE.has(norm);

/** Ambiguous words name several indicators; they rank below a specific phrase (as in search). */
export const AMBIGUOUS_MENTION_SCORE = 0.85;
/** An inflected form of a phrase names its indicator a little less surely than the phrase. */
export const INFLECTED_MENTION_FACTOR = 0.9;
/** At most this many function words in a row may sit between two words of a phrase. */
export const MAX_SKIPPED_FUNCTION_WORDS = 3;

export interface PushOptions {
  /** The chunk starts a new block (cell, paragraph): no match may join it to earlier text. */
  breakBefore?: boolean;
}

export interface MentionStream {
  /** Adds the next chunk; returns the mentions that are now certain. Offsets are global. */
  push: (chunk: string, options?: PushOptions) => Mention[];
  /** No more text: returns the mentions still pending. */
  end: () => Mention[];
}

export interface MentionMatcher {
  findMentions: (text: string) => Mention[];
  /**
   * A stream over chunks that are virtually joined with `separator` (offsets count it), e.g.
   * text nodes of a page in document order.
   */
  createStream: (options?: { separator?: string }) => MentionStream;
}

interface Walk {
  /** Index of the last word of the longest match, -1 for none. */
  last: number;
  end: PhraseEnd | undefined;
  /** The walk reached the end of the buffered words while a longer phrase was still possible. */
  starved: boolean;
  /** The words matched up to `last` (the skipped function words left out). */
  matched: ScannedWord[];
}

/** A word as the trie reads it: itself, or the catalogue word it inflects. */
interface TrieWord extends ScannedWord {
  stemmed?: boolean;
}

function asTrieWord(trie: PhraseTrie, classes: StemClasses, word: ScannedWord): TrieWord {
  if (trie.words.has(word.norm) || isStopword(word.norm)) return word;
  // Arabic «لل» + a lam-initial word is the article form, as in word-vocabulary.ts.
  const as =
    classOfInflected(classes, word.norm) ??
    (word.norm.startsWith("لل")
      ? classOfInflected(classes, `ال${word.norm.slice(1)}`)
      : undefined) ??
    // …and a bare «ل» before an indefinite word («لطلبات» is «ل» + «طلبات»).
    (word.norm.length >= 4 && word.norm.startsWith("ل") && !word.norm.startsWith("لل")
      ? classOfInflected(classes, word.norm.slice(1))
      : undefined);
  return as === undefined ? word : { ...word, norm: as, stemmed: true };
}

function walk(trie: PhraseTrie, words: readonly TrieWord[], from: number): Walk {
  let node = trie.root;
  let last = -1;
  let end: PhraseEnd | undefined;
  let skipped = 0;
  const path: TrieWord[] = [];
  let matched: TrieWord[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    if (!word) break;
    const child = node.children.get(word.norm);
    if (child) {
      node = child;
      skipped = 0;
      path.push(word);
      if (child.end) {
        last = i;
        end = child.end;
        matched = [...path];
      }
      continue;
    }
    if (i > from && isStopword(word.norm) && skipped < MAX_SKIPPED_FUNCTION_WORDS) {
      skipped++;
      continue;
    }
    return { last, end, starved: false, matched };
  }
  return { last, end, starved: node.children.size > 0, matched };
}

function toMention(
  text: string,
  base: number,
  first: ScannedWord,
  lastWord: ScannedWord,
  reached: PhraseEnd,
  matched: readonly TrieWord[],
): Mention {
  const settled = settleEnd(
    reached,
    matched.map((w) => w.norm),
    matched.some((w) => w.stemmed === true),
  );
  const end = settled.end;
  const score = end.ambiguous ? AMBIGUOUS_MENTION_SCORE : 1;
  const mention: Mention = {
    id: end.ids[0] ?? "",
    text: text.slice(first.start - base, lastWord.end - base),
    start: first.start,
    end: lastWord.end,
    score: settled.inflected ? score * INFLECTED_MENTION_FACTOR : score,
  };
  if (end.ids.length > 1) mention.alternatives = end.ids;
  if (settled.inflected) mention.inflected = true;
  return mention;
}

export function createReferenceMentionMatcher(index: TermIndex): MentionMatcher {
  // Acronyms count only as written (mention-matcher.ts).
  const asWritten = acronymAsWritten(acronymForms(index));
  const trie = buildPhraseTrie(index);
  const normalizer = new WordNormalizer();

  function createStream(options: { separator?: string } = {}): MentionStream {
    const separator = options.separator ?? "";
    let pending: TrieWord[] = [];
    // The text the pending words come from, and where it starts in the virtual whole.
    let pendingText = "";
    let pendingBase = 0;
    let length = 0;
    let chunks = 0;

    function drain(final: boolean): Mention[] {
      const out: Mention[] = [];
      let i = 0;
      while (i < pending.length) {
        const word = pending[i];
        if (!word) break;
        if (!trie.root.children.has(word.norm)) {
          i++; // no phrase starts with this word
          continue;
        }
        const w = walk(trie, pending, i);
        if (w.starved && !final) break; // more text could make a longer match: wait for it
        const lastWord = pending[w.last];
        if (w.end && lastWord) {
          out.push(toMention(pendingText, pendingBase, word, lastWord, w.end, w.matched));
          i = w.last + 1;
        } else i++;
      }
      const keep = pending.slice(i);
      const first = keep[0];
      if (first) {
        pendingText = pendingText.slice(first.start - pendingBase);
        pendingBase = first.start;
      } else {
        pendingText = "";
        pendingBase = length;
      }
      pending = keep;
      return out;
    }

    return {
      push(chunk, pushOptions = {}) {
        const out = pushOptions.breakBefore === true ? drain(true) : [];
        const base = chunks === 0 ? 0 : length + separator.length;
        if (pending.length === 0) {
          pendingText = chunk;
          pendingBase = base;
        } else pendingText += separator + chunk;
        const words = scanWords(chunk, normalizer, base).map((w) =>
          asTrieWord(trie, index.classes, w),
        );
        pending = pending.length === 0 ? words : pending.concat(words);
        length = base + chunk.length;
        chunks++;
        return out.concat(drain(false)).filter(asWritten);
      },
      end: () => drain(true).filter(asWritten),
    };
  }

  return {
    findMentions(text) {
      const stream = createStream();
      return stream.push(text).concat(stream.end());
    },
    createStream,
  };
}
