/**
 * Finds catalogue indicator mentions in page text in one pass: words are normalised once, then
 * a word trie is walked from each word; the longest phrase wins and matches do not overlap.
 * Function words ("de", "of", "в") are skipped inside a phrase, as the term index drops them.
 * Inflected words match through their stems (phrase-trie.ts) and score a little lower.
 *
 * Text can arrive whole or in chunks (the extension feeds text nodes in idle-time slices):
 * a stream keeps only the few trailing words that could still start a match.
 */
import type { Language } from "../catalogue/vocabulary";
import { buildStemClassesInSteps } from "../search/stem-classes";
import { indexPhrases, type TermIndex } from "../search/term-index";
import { normalizeText } from "../text/normalize";
import type { Mention } from "./mention";
import { buildPhraseTrie, settleEnd, type PhraseEnd, type PhraseTrie } from "./phrase-trie";
import { FRESH_SLICE, runSteps, type Steps } from "./steps";
import { StreamText } from "./stream-text";
import { WordBuffer } from "./word-buffer";
import { WordScanner } from "./word-scan";
import {
  BLOCKER,
  buildWordVocabulary,
  IN_TRIE,
  STARTS_PHRASE,
  STEMMED,
  STOPWORD,
  type WordVocabulary,
} from "./word-vocabulary";

/** Ambiguous words name several indicators; they rank below a specific phrase (as in search). */
export const AMBIGUOUS_MENTION_SCORE = 0.85;
/** An inflected form of a phrase names its indicator a little less surely than the phrase. */
export const INFLECTED_MENTION_FACTOR = 0.9;
/** At most this many function words in a row may sit between two words of a phrase. */
export const MAX_SKIPPED_FUNCTION_WORDS = 3;
/**
 * A long chunk (a whole page) is matched every this many buffered words, so the buffer stays
 * small; a walk still open at the buffer's end simply waits for more words, as between chunks.
 */
const DRAIN_BATCH = 1024;
/** What a push returns when it found nothing, as most chunks (text nodes) do: no array each. */
const NONE: readonly Mention[] = Object.freeze([]);

export interface PushOptions {
  /** The chunk starts a new block (cell, paragraph): no match may join it to earlier text. */
  breakBefore?: boolean;
}

export interface MentionStream {
  /** Adds the next chunk; returns the mentions that are now certain. Offsets are global. */
  push: (chunk: string, options?: PushOptions) => readonly Mention[];
  /** No more text: returns the mentions still pending. */
  end: () => readonly Mention[];
  /**
   * Buffered words could still run on into the next chunk. Only then does the next chunk's
   * `breakBefore` change anything, so a caller may skip finding out (a DOM lookup) otherwise.
   */
  hasOpenPhrase: () => boolean;
}

export interface MentionMatcher {
  findMentions: (text: string) => Mention[];
  /**
   * A stream over chunks that are virtually joined with `separator` (offsets count it), e.g.
   * text nodes of a page in document order.
   */
  createStream: (options?: { separator?: string }) => MentionStream;
}

export interface MatcherOptions {
  /**
   * The page's language: only its catalogue phrases are matched, and words are stemmed by its
   * stemmer alone. Trying every language reads words of one as inflections of another
   * ("visé" as "visas", "natural" as "naturalización"); without it, all languages are tried.
   */
  lang?: Language;
}

/** The index of the phrases of one language (its own stem classes), or the whole index. */
function indexFor(index: TermIndex, lang: Language | undefined): TermIndex {
  if (lang === undefined) return index;
  return indexPhrases(
    index.phrases.filter((p) => p.lang === lang),
    index.measures,
    index.counterparts,
  );
}

/**
 * Acronym terms ("NRM", «РВП») count only as written: the same letters in the same case. Maps
 * the normalised words of each phrase that only acronyms spell to their written forms.
 */
export function acronymForms(index: TermIndex): {
  forms: Map<string, Set<string>>;
  longest: number;
} {
  const forms = new Map<string, Set<string>>();
  let longest = 0;
  for (const p of index.phrases) {
    if (p.acronym !== true) continue;
    const set = forms.get(p.norm) ?? new Set<string>();
    set.add(p.text.trim());
    forms.set(p.norm, set);
    longest = Math.max(longest, p.text.length);
  }
  // A second pass over the (many) plain phrases asks the (few) acronym norms, rather than
  // collecting every plain norm in a set first: this runs before a page's first pass.
  if (forms.size > 0) for (const p of index.phrases) if (p.acronym !== true) forms.delete(p.norm);
  return { forms, longest };
}

/** False for a mention of an acronym written otherwise ("nrm" for "NRM"). */
export function acronymAsWritten(acronyms: ReturnType<typeof acronymForms>) {
  return (m: Mention): boolean => {
    if (m.text.length > acronyms.longest) return true;
    const forms = acronyms.forms.get(normalizeText(m.text));
    return forms === undefined || forms.has(m.text);
  };
}

export function createMentionMatcher(
  fullIndex: TermIndex,
  options: MatcherOptions = {},
): MentionMatcher {
  return runSteps(createMentionMatcherInSteps(fullIndex, options));
}

/**
 * createMentionMatcher as steps (call `next()` until done; the matcher is the done value): the
 * build runs before a page's first pass, and in one piece it was a 65–72 ms task at 4× CPU
 * throttling. The stem classes and the trie are the costly pieces: each starts a slice of its own.
 */
export function* createMentionMatcherInSteps(
  fullIndex: TermIndex,
  options: MatcherOptions = {},
): Steps<MentionMatcher> {
  const index = indexFor(fullIndex, options.lang);
  yield FRESH_SLICE;
  // Built in steps here; the index's own `classes` (the trie needs them) are these.
  const classes = yield* buildStemClassesInSteps(index.phrases);
  yield FRESH_SLICE;
  const trie = buildPhraseTrie(index);
  yield FRESH_SLICE;
  return matcherOf(index, trie, buildWordVocabulary(trie, classes));
}

/** The matcher over a built trie and vocabulary. */
function matcherOf(index: TermIndex, trie: PhraseTrie, vocabulary: WordVocabulary): MentionMatcher {
  const acronyms = acronymForms(index);
  const asWritten = acronymAsWritten(acronyms);
  const scanner = new WordScanner(vocabulary);

  // The answer of the last `walk`, in variables rather than an object: walks are frequent.
  let walkLast = -1;
  let walkEnd: PhraseEnd | undefined;
  let walkStarved = false;
  /** The words the walk matched (not the skipped function words), the first `walkMatched`. */
  const walkPath: number[] = [];
  let walkMatched = 0;

  /** The longest phrase starting at word `from`. */
  function walk(words: WordBuffer, from: number): void {
    const { norms, flags, size } = words;
    let node = trie.root;
    let skipped = 0;
    let depth = 0;
    walkLast = -1;
    walkEnd = undefined;
    walkStarved = false;
    for (let i = from; i < size; i++) {
      const wordFlags = flags[i] ?? BLOCKER;
      // Only a trie word can be a child: no Map lookup for the rest.
      const child = (wordFlags & IN_TRIE) !== 0 ? node.children.get(norms[i] ?? "") : undefined;
      if (child) {
        node = child;
        skipped = 0;
        walkPath[depth++] = i;
        if (child.end) {
          walkLast = i;
          walkEnd = child.end;
          walkMatched = depth;
        }
        continue;
      }
      const isStopword = (wordFlags & STOPWORD) !== 0;
      if (i > from && isStopword && skipped < MAX_SKIPPED_FUNCTION_WORDS) {
        skipped++;
        continue;
      }
      return;
    }
    walkStarved = node.children.size > 0;
  }

  function createStream(options: { separator?: string } = {}): MentionStream {
    const separator = options.separator ?? "";
    const words = new WordBuffer();
    const text = new StreamText(separator);
    let length = 0;
    let chunks = 0;
    /** Mentions drained since the last answer (a new array only once one is found). */
    let found: Mention[] = [];

    /** The mentions drained since the last answer, acronyms only as written. */
    function answer(): readonly Mention[] {
      if (found.length === 0) return NONE;
      const out = found;
      found = [];
      return acronyms.forms.size === 0 ? out : out.filter(asWritten);
    }

    function toMention(first: number, last: number, reached: PhraseEnd): Mention {
      const start = words.starts[first] ?? 0;
      const stop = words.ends[last] ?? 0;
      const matched: string[] = [];
      let stemmed = false;
      for (let k = 0; k < walkMatched; k++) {
        const at = walkPath[k] ?? 0;
        matched.push(words.norms[at] ?? "");
        if (((words.flags[at] ?? BLOCKER) & STEMMED) !== 0) stemmed = true;
      }
      const { end, inflected } = settleEnd(reached, matched, stemmed);
      const score = end.ambiguous ? AMBIGUOUS_MENTION_SCORE : 1;
      // Plain property writes, no rest/spread: this runs for every mention (25,000 on a long page).
      const mention: Mention = {
        id: end.ids[0] ?? "",
        text: text.slice(start, stop),
        start,
        end: stop,
        score: inflected ? score * INFLECTED_MENTION_FACTOR : score,
      };
      if (end.ids.length > 1) mention.alternatives = end.ids;
      if (inflected) mention.inflected = true;
      return mention;
    }

    /** Matches the buffered words into `found`, keeping those an open phrase may still need. */
    function drain(final: boolean): void {
      const { flags, size } = words;
      let i = 0;
      while (i < size) {
        if (((flags[i] ?? BLOCKER) & STARTS_PHRASE) === 0) {
          i++; // no phrase starts with this word
          continue;
        }
        walk(words, i);
        if (walkStarved && !final) break; // more text could make a longer match: wait for it
        if (walkEnd) {
          found.push(toMention(i, walkLast, walkEnd));
          i = walkLast + 1;
        } else i++;
      }
      words.dropFirst(i);
    }

    return {
      push(chunk, pushOptions) {
        if (pushOptions?.breakBefore === true) drain(true);
        const base = chunks === 0 ? 0 : length + separator.length;
        text.beginChunk(chunk, base);
        let limit = DRAIN_BATCH;
        for (let at = 0; ;) {
          at = scanner.scan(chunk, at, base, words, limit);
          if (at >= chunk.length) break;
          drain(false);
          // A walk longer than the batch (only with a custom index) must not stall: grow.
          limit = Math.max(DRAIN_BATCH, 2 * words.size);
        }
        length = base + chunk.length;
        chunks++;
        drain(false);
        text.endChunk(words.size > 0 ? words.starts[0] : undefined);
        return answer();
      },
      end() {
        drain(true);
        text.endChunk(undefined);
        return answer();
      },
      // After a push, drain kept only the words from a walk that more text could lengthen.
      hasOpenPhrase: () => words.size > 0,
    };
  }

  return {
    findMentions(text) {
      const stream = createStream();
      return [...stream.push(text), ...stream.end()];
    },
    createStream,
  };
}
