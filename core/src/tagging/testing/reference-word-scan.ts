// TEST SUPPORT ONLY: a frozen copy of the matcher before the allocation-free rewrite.
// The property test checks that the production matcher gives exactly these results.
/**
 * Splits original text into normalised words that keep their UTF-16 offsets, so a match over
 * normalised words maps straight back to the page. Folding is the same as `normalizeText`.
 */
import { normalizeText } from "../../text/normalize";
// Which characters make a word was not part of the rewrite: shared with production.
import { isWordUnit } from "../word-chars";

export interface ScannedWord {
  /** Normalised form, as in the term index. */
  norm: string;
  start: number;
  end: number;
}

// A word broken across lines: "recog-\n  nition".
const LINE_BREAK_HYPHEN_RE = /[-\u00AD\u2010\u2011][ \t\r]*\n\s*(?=\p{L})/uy;
const HYPHENS = new Set(["-", "\u00AD", "\u2010", "\u2011"]);
/** Cache size cap: page vocabularies are small, but a hostile page must not grow memory forever. */
const MAX_CACHED_FORMS = 50_000;

/** Normalises single words, remembering the answers (pages repeat words a lot). */
export class WordNormalizer {
  private readonly cache = new Map<string, string[]>();

  /** The normalised words of one raw word. */
  fold(raw: string, ascii: boolean): string[] {
    if (ascii) return [raw.toLowerCase()];
    const hit = this.cache.get(raw);
    if (hit) return hit;
    const norm = normalizeText(raw);
    const words = norm === "" ? [] : norm.split(" ");
    if (this.cache.size >= MAX_CACHED_FORMS) this.cache.clear();
    this.cache.set(raw, words);
    return words;
  }
}

/** End of the word run starting at `from`, and whether it was plain ASCII. */
function wordRunEnd(text: string, from: number): { end: number; ascii: boolean } {
  let i = from;
  let ascii = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordUnit(code)) break;
    if (code >= 0x80) ascii = false;
    i++;
  }
  return { end: i, ascii };
}

/** The words of `text`, offsets shifted by `base` (the chunk's position in a longer text). */
export function scanWords(text: string, normalizer: WordNormalizer, base = 0): ScannedWord[] {
  const out: ScannedWord[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let run = wordRunEnd(text, i);
    let raw = text.slice(start, run.end);
    let ascii = run.ascii;
    // Join the halves of a word hyphenated at a line end.
    while (HYPHENS.has(text[run.end] ?? "")) {
      LINE_BREAK_HYPHEN_RE.lastIndex = run.end;
      const brk = LINE_BREAK_HYPHEN_RE.exec(text);
      if (!brk) break;
      const nextStart = run.end + brk[0].length;
      run = wordRunEnd(text, nextStart);
      raw += text.slice(nextStart, run.end);
      ascii &&= run.ascii;
    }
    i = run.end;
    for (const norm of normalizer.fold(raw, ascii))
      out.push({ norm, start: base + start, end: base + i });
  }
  return out;
}
