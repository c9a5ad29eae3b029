/**
 * Whether a text writes a dataset code whole. The matcher compares content words, and drops
 * function words even inside codes: "SM.POP.REFG.OR" (refugees by origin) reads as "sm pop
 * refg", the words of "SM.POP.REFG" (by asylum), and "SM.POP.TOTL.ZS" (a share) contains every
 * word of "SM.POP.TOTL" (a count). A code is written whole when no letter or digit touches it
 * (any separators: "sm_pop_refg_or" is "SM.POP.REFG.OR") and no longer catalogue code that
 * contains it is written there too.
 */
import type { Phrase, TermIndex } from "./term-index";

const SEGMENT_RE = /[\p{L}\p{N}]+/gu;
const ALNUM_RE = /[\p{L}\p{N}]/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The code's segments, lower case. */
const segmentsOf = (code: string) => (code.toLowerCase().match(SEGMENT_RE) ?? []) as string[];

const patterns = new Map<string, RegExp>();

function patternOf(code: string): RegExp {
  let re = patterns.get(code);
  if (!re) {
    re = new RegExp(segmentsOf(code).map(escape).join("[^\\p{L}\\p{N}]+"), "giu");
    patterns.set(code, re);
  }
  return re;
}

/** True when `text` has `code`'s segments in a row, with no letter or digit either side. */
export function writesCode(text: string, code: string): boolean {
  const re = patternOf(code);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (!ALNUM_RE.test(before ?? "") && !ALNUM_RE.test(after ?? "")) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** True when `inner`'s segments appear in a row in `outer`'s, which has more. */
function extends_(outer: readonly string[], inner: readonly string[]): boolean {
  if (outer.length <= inner.length) return false;
  for (let at = 0; at + inner.length <= outer.length; at++)
    if (inner.every((s, i) => outer[at + i] === s)) return true;
  return false;
}

/** Per index: each code's text → the longer codes of the catalogue that contain it. */
const longerCodes = new WeakMap<TermIndex, Map<string, string[]>>();

function longerCodesOf(index: TermIndex, code: string): readonly string[] {
  let byCode = longerCodes.get(index);
  if (!byCode) {
    const codes = [...new Set(index.phrases.filter((p) => p.code === true).map((p) => p.text))];
    const segments = codes.map(segmentsOf);
    byCode = new Map();
    for (const [i, inner] of segments.entries()) {
      const longer = codes.filter((_, j) => extends_(segments[j] ?? [], inner));
      if (longer.length > 0) byCode.set(codes[i] ?? "", longer);
    }
    longerCodes.set(index, byCode);
  }
  return byCode.get(code) ?? [];
}

/** True when `text` writes the code phrase whole and no longer code of the index over it. */
export function writesCodeWhole(index: TermIndex, phrase: Phrase, text: string): boolean {
  return (
    writesCode(text, phrase.text) &&
    !longerCodesOf(index, phrase.text).some((longer) => writesCode(text, longer))
  );
}
