/**
 * Splits original text into normalised words that keep their UTF-16 offsets, so a match over
 * normalised words maps straight back to the page. Folding is the same as `normalizeText`.
 *
 * This runs for every word of every page, so the common case allocates nothing: an ASCII word is
 * hashed as it is read (lower-cased arithmetically) and looked up in the vocabulary's hash table;
 * only a word the trie could use becomes a string (the table's own). Other words go through
 * `normalizeText`, cached per raw form.
 */
import { normalizeText } from "../text/normalize";
import { isWordUnit, WORD_CHAR_RE } from "./word-chars";
import {
  ASCII_CASE_BIT,
  WORD_HASH_MASK,
  WORD_HASH_MULTIPLIER,
  WORD_HASH_SEED,
} from "./ascii-word-table";
import type { WordBuffer } from "./word-buffer";
import { BLOCKER, type WordVocabulary } from "./word-vocabulary";

// A word broken across lines: "recog-\n  nition".
const LINE_BREAK_HYPHEN_RE = /[-\u00AD\u2010\u2011][ \t\r]*\n\s*(?=\p{L})/uy;
const HYPHEN_MINUS = 0x2d;
const SOFT_HYPHEN = 0xad;
const HYPHEN = 0x2010;
const NON_BREAKING_HYPHEN = 0x2011;
/** Cache size cap: page vocabularies are small, but a hostile page must not grow memory forever. */
const MAX_CACHED_FORMS = 50_000;
const FIRST_NON_ASCII = 0x80;

/**
 * The lower-cased code of each ASCII word character of `WORD_CHAR_RE` (letters and digits), 0
 * for the rest: one table read both classifies and folds a character.
 */
const ASCII_FOLDED = Uint8Array.from({ length: FIRST_NON_ASCII }, (_, code) =>
  WORD_CHAR_RE.test(String.fromCharCode(code)) ? code | ASCII_CASE_BIT : 0,
);

function isHyphen(code: number): boolean {
  return (
    code === HYPHEN_MINUS || code === SOFT_HYPHEN || code === HYPHEN || code === NON_BREAKING_HYPHEN
  );
}

/** The normalised words of one raw word, with their vocabulary flags. */
interface FoldedWord {
  norms: string[];
  flags: number[];
}

/** Set by `wordRunEnd`: whether the run it measured was plain ASCII. */
let lastRunAscii = true;

/** End of the word run starting at `from` (its ASCII-ness goes to `lastRunAscii`). */
function wordRunEnd(text: string, from: number): number {
  let i = from;
  lastRunAscii = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordUnit(code)) break;
    if (code >= FIRST_NON_ASCII) lastRunAscii = false;
    i++;
  }
  return i;
}

export class WordScanner {
  private readonly cache = new Map<string, FoldedWord>();
  /** Where the last `joinHyphenated` ended. */
  private joinedEnd = 0;

  constructor(private readonly vocabulary: WordVocabulary) {}

  /**
   * Adds the words of `text` from `from` on to `buffer` (offsets shifted by `base`, the text's
   * position in the stream), until the text ends or the buffer holds `limit` words. Returns the
   * position reached: the end of the text, or the end of the last word added.
   */
  scan(text: string, from: number, base: number, buffer: WordBuffer, limit: number): number {
    const { ascii: table, asciiFlags } = this.vocabulary;
    const length = text.length;
    let i = from;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (code < FIRST_NON_ASCII ? ASCII_FOLDED[code] === 0 : !isWordUnit(code)) {
        i++;
        continue;
      }
      const start = i;
      let hash = WORD_HASH_SEED;
      let ascii = true;
      // Hand-inlined per character (class, case fold, hash step): this loop runs 2 million
      // times on a long page, much of it before the JIT has optimised anything.
      for (;;) {
        if (code < FIRST_NON_ASCII) {
          hash = (hash * WORD_HASH_MULTIPLIER + (ASCII_FOLDED[code] ?? 0)) & WORD_HASH_MASK;
        } else ascii = false;
        if (++i >= length) break;
        code = text.charCodeAt(i);
        if (code < FIRST_NON_ASCII ? ASCII_FOLDED[code] === 0 : !isWordUnit(code)) break;
      }

      if (i < length && isHyphen(code)) {
        const raw = this.joinHyphenated(text, start, i, ascii);
        if (raw !== undefined) {
          i = this.joinedEnd;
          this.addRaw(raw, lastRunAscii, base + start, base + i, buffer);
          if (buffer.size >= limit) return i;
          continue;
        }
      }
      if (ascii) {
        const entry = table.find(text, start, i, hash);
        const norm = entry < 0 ? "" : (table.words[entry] ?? "");
        buffer.add(
          norm,
          entry < 0 ? BLOCKER : (asciiFlags[entry] ?? BLOCKER),
          base + start,
          base + i,
        );
      } else this.addRaw(text.slice(start, i), false, base + start, base + i, buffer);
      if (buffer.size >= limit) return i;
    }
    return i;
  }

  /**
   * The raw word joined across hyphenated line ends ("recog-\n  nition"), or undefined when the
   * hyphen at `end` does not break a line. Sets `joinedEnd`, and `lastRunAscii` for the whole.
   */
  private joinHyphenated(
    text: string,
    start: number,
    end: number,
    ascii: boolean,
  ): string | undefined {
    let raw: string | undefined;
    let allAscii = ascii;
    let runEnd = end;
    while (isHyphen(text.charCodeAt(runEnd))) {
      LINE_BREAK_HYPHEN_RE.lastIndex = runEnd;
      const brk = LINE_BREAK_HYPHEN_RE.exec(text);
      if (!brk) break;
      const nextStart = runEnd + brk[0].length;
      raw ??= text.slice(start, end);
      runEnd = wordRunEnd(text, nextStart);
      raw += text.slice(nextStart, runEnd);
      allAscii &&= lastRunAscii;
    }
    this.joinedEnd = runEnd;
    lastRunAscii = allAscii;
    return raw;
  }

  private addRaw(raw: string, ascii: boolean, start: number, end: number, buffer: WordBuffer) {
    if (ascii) {
      const norm = raw.toLowerCase();
      buffer.add(norm, this.vocabulary.flagsOf(norm), start, end);
      return;
    }
    const folded = this.fold(raw);
    for (let k = 0; k < folded.norms.length; k++) {
      buffer.add(folded.norms[k] ?? "", folded.flags[k] ?? BLOCKER, start, end);
    }
  }

  /** Normalises a non-ASCII word, remembering the answer (pages repeat words a lot). */
  private fold(raw: string): FoldedWord {
    const hit = this.cache.get(raw);
    if (hit) return hit;
    const norm = normalizeText(raw);
    const norms = norm === "" ? [] : norm.split(" ");
    const folded = { norms, flags: norms.map((w) => this.vocabulary.flagsOf(w)) };
    if (this.cache.size >= MAX_CACHED_FORMS) this.cache.clear();
    this.cache.set(raw, folded);
    return folded;
  }
}
