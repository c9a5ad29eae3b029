/**
 * Splits original text into normalised words that keep their UTF-16 offsets, so a match over
 * normalised words maps straight back to the page. Folding is the same as `normalizeText`.
 *
 * This runs for every word of every page, so the common case allocates nothing: an ASCII word is
 * hashed as it is read (lower-cased arithmetically) and looked up in the vocabulary's hash table;
 * only a word the trie could use becomes a string (the table's own). Other words go through
 * `normalizeText`, cached per raw form.
 *
 * A word that is not a catalogue word may be an inflected form of one ("refugee" for
 * "refugees"): it is stemmed, once per form, and stands for that word with the STEMMED flag.
 * ASCII words reach the stemmer only when their first letters start some catalogue stem.
 */
import { PREFIX_LENGTH } from "../search/stem-classes";
import { normalizeText } from "../text/normalize";
import { MIN_STEMMED_LENGTH } from "../text/stem";
import { isWordUnit, WORD_CHAR_RE } from "./word-chars";
import {
  ASCII_CASE_BIT,
  AsciiWordCache,
  WORD_HASH_MASK,
  WORD_HASH_MULTIPLIER,
  WORD_HASH_SEED,
} from "./ascii-word-table";
import type { WordBuffer } from "./word-buffer";
import { BLOCKER, IN_TRIE, STEMMED, STOPWORD, type WordVocabulary } from "./word-vocabulary";

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

/** Hash of the first `PREFIX_LENGTH` characters of an ASCII word, as the tables hash words. */
function prefixHash(text: string, start: number): number {
  let hash = WORD_HASH_SEED;
  for (let k = start; k < start + PREFIX_LENGTH; k++) {
    hash = (hash * WORD_HASH_MULTIPLIER + (ASCII_FOLDED[text.charCodeAt(k)] ?? 0)) & WORD_HASH_MASK;
  }
  return hash;
}

/** Cache entry for a word that stands for no catalogue word. */
const NOT_INFLECTED = "";

export class WordScanner {
  private readonly cache = new Map<string, FoldedWord>();
  /** Lower-cased ASCII word → the catalogue word it inflects, or NOT_INFLECTED. */
  private readonly inflections = new Map<string, string>();
  /**
   * ASCII words outside the vocabulary that may be inflected, as met in the text: each with the
   * word it stands for in the buffer and its flags. Probed before any substring is made.
   */
  private readonly seenAscii = new AsciiWordCache(MAX_CACHED_FORMS);
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
        if (entry >= 0) {
          buffer.add(
            table.words[entry] ?? "",
            asciiFlags[entry] ?? BLOCKER,
            base + start,
            base + i,
          );
        } else if (
          i - start >= MIN_STEMMED_LENGTH &&
          this.vocabulary.asciiStemPrefixes.find(
            text,
            start,
            start + PREFIX_LENGTH,
            prefixHash(text, start),
          ) >= 0
        ) {
          const seen = this.seenAscii.find(text, start, i, hash);
          if (seen >= 0) {
            const { strings, numbers } = this.seenAscii;
            buffer.add(strings[seen] ?? "", numbers[seen] ?? BLOCKER, base + start, base + i);
          } else this.addNewAscii(text, start, i, hash, base, buffer);
        } else buffer.add("", BLOCKER, base + start, base + i);
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
      this.addAscii(norm, this.vocabulary.flagsOf(norm), start, end, buffer);
      return;
    }
    const folded = this.fold(raw);
    for (let k = 0; k < folded.norms.length; k++) {
      buffer.add(folded.norms[k] ?? "", folded.flags[k] ?? BLOCKER, start, end);
    }
  }

  /** Adds a lower-case ASCII word, or the catalogue word it inflects. */
  private addAscii(norm: string, flags: number, start: number, end: number, buffer: WordBuffer) {
    if ((flags & (IN_TRIE | STOPWORD)) !== 0 || norm.length < MIN_STEMMED_LENGTH) {
      buffer.add(norm, flags, start, end);
      return;
    }
    const as = this.inflectionOf(norm);
    if (as === NOT_INFLECTED) buffer.add(norm, flags, start, end);
    else buffer.add(as, this.vocabulary.flagsOf(as) | STEMMED, start, end);
  }

  /**
   * Adds `text[start, end)`, an ASCII word outside the vocabulary met for the first time (or
   * since the cache was cleared), as addAscii would, and remembers it in `seenAscii`.
   */
  private addNewAscii(
    text: string,
    start: number,
    end: number,
    hash: number,
    base: number,
    buffer: WordBuffer,
  ) {
    const norm = text.slice(start, end).toLowerCase();
    const as = this.inflectionOf(norm);
    const word = as === NOT_INFLECTED ? norm : as;
    const flags = as === NOT_INFLECTED ? BLOCKER : this.vocabulary.flagsOf(as) | STEMMED;
    this.seenAscii.add(norm, hash, word, flags);
    buffer.add(word, flags, base + start, base + end);
  }

  /** The catalogue word `norm` inflects, or NOT_INFLECTED (cached: stemming is the cost). */
  private inflectionOf(norm: string): string {
    let as = this.inflections.get(norm);
    if (as === undefined) {
      as = this.vocabulary.inflectedAs(norm) ?? NOT_INFLECTED;
      if (this.inflections.size >= MAX_CACHED_FORMS) this.inflections.clear();
      this.inflections.set(norm, as);
    }
    return as;
  }

  /** Normalises a non-ASCII word, remembering the answer (pages repeat words a lot). */
  private fold(raw: string): FoldedWord {
    const hit = this.cache.get(raw);
    if (hit) return hit;
    const norm = normalizeText(raw);
    const norms = norm === "" ? [] : norm.split(" ");
    const flags = norms.map((w) => this.vocabulary.flagsOf(w));
    for (let k = 0; k < norms.length; k++) {
      const word = norms[k] ?? "";
      if (((flags[k] ?? BLOCKER) & (IN_TRIE | STOPWORD)) !== 0) continue;
      const as = this.vocabulary.inflectedAs(word);
      if (as === undefined) continue;
      norms[k] = as;
      flags[k] = this.vocabulary.flagsOf(as) | STEMMED;
    }
    const folded = { norms, flags };
    if (this.cache.size >= MAX_CACHED_FORMS) this.cache.clear();
    this.cache.set(raw, folded);
    return folded;
  }
}
