/**
 * Stand-in mention matcher: exact catalogue phrases (content words, normalised) found as
 * consecutive words of the page text, longest phrase first. Offsets point into the original text.
 */
import { contentWords, normalizeText, type TermIndex } from "@gapmap/core";
import type { Mention, MentionMatcher } from "./tagging-engine";

/** Longer phrases than this are never names, so the window stops here. */
const MAX_PHRASE_WORDS = 8;
/** Single words are too ambiguous on a statistics site ("population", "migration"). */
const MIN_PHRASE_WORDS = 2;
const WORD_RE = /[\p{L}\p{N}]+/gu;

interface Word {
  norm: string;
  start: number;
  end: number;
}

function contentWordsWithOffsets(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const norm = normalizeText(match[0]);
    // contentWords drops function words; a word it keeps is a content word.
    if (norm === "" || contentWords(norm).join(" ") !== norm) continue;
    words.push({ norm, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

export function createFallbackMatcher(index: TermIndex): MentionMatcher {
  return {
    findMentions(text: string): Mention[] {
      const words = contentWordsWithOffsets(text);
      const mentions: Mention[] = [];
      let i = 0;
      while (i < words.length) {
        let taken = 0;
        for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= MIN_PHRASE_WORDS; n--) {
          const window = words.slice(i, i + n);
          const key = window.map((w) => w.norm).join(" ");
          const phraseIds = index.exact.get(key);
          const first = window[0];
          const last = window[window.length - 1];
          if (!phraseIds || !first || !last) continue;
          const ids = [
            ...new Set(phraseIds.map((p) => index.phrases[p]?.indicatorId).filter(isString)),
          ];
          const [id, ...alternatives] = ids;
          if (id === undefined) continue;
          const mention: Mention = {
            id,
            text: text.slice(first.start, last.end),
            start: first.start,
            end: last.end,
            score: 1,
          };
          if (alternatives.length > 0) mention.alternatives = alternatives;
          mentions.push(mention);
          taken = n;
          break;
        }
        i += Math.max(taken, 1);
      }
      return mentions;
    },
  };
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}
