/**
 * Which dataset code a page writes where the matcher found one. The matcher compares content
 * words and drops function words, even inside codes: "SM.POP.REFG.OR" (refugees by origin)
 * reads as "sm pop refg", the words of "SM.POP.REFG" (by asylum), so the mention stops before
 * ".OR" and carries both indicators. The code written whole around the mention settles it: the
 * longest catalogue code written there (search/written-code.ts) names the indicator.
 */
import type { Catalogue } from "../catalogue/schema";
import { writesCode } from "../search/written-code";
import type { Mention } from "./mention";

/** A catalogue dataset code and the indicator it names. */
export interface CodeOwner {
  code: string;
  id: string;
}

/** The catalogue's dataset codes (terms of kind "code"), longest first. */
export function codeOwnersOf(catalogue: Pick<Catalogue, "indicators">): CodeOwner[] {
  const owners: CodeOwner[] = [];
  for (const indicator of catalogue.indicators)
    for (const s of indicator.synonyms)
      if (s.kind === "code") owners.push({ code: s.text, id: indicator.id });
  return owners.sort((a, b) => b.code.length - a.code.length);
}

/** A code's characters: letters, digits and the separators codes use. */
const CODE_CHARS_RE = /[\p{L}\p{N}._-]/u;
/** A code has at least two segments joined by a separator, no space. */
const CODE_SHAPE_RE = /^[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+$/u;

/** The run of code characters around `m` in `text`, trailing separators left out. */
function writtenAround(text: string, m: Mention): string {
  let start = m.start;
  while (start > 0 && CODE_CHARS_RE.test(text[start - 1] ?? "")) start--;
  let end = m.end;
  while (end < text.length && CODE_CHARS_RE.test(text[end] ?? "")) end++;
  return text.slice(start, end).replace(/[._-]+$/u, "");
}

/**
 * `m` naming the indicator of the longest catalogue code written whole around it, among its
 * candidates (and no longer ambiguous); `m` itself when it is no code, names one indicator, or no
 * candidate's code is written there.
 */
export function withWrittenCode(text: string, m: Mention, owners: readonly CodeOwner[]): Mention {
  const candidates = m.alternatives;
  if (candidates === undefined || !CODE_SHAPE_RE.test(m.text)) return m;
  const written = writtenAround(text, m);
  const owner = owners.find((o) => candidates.includes(o.id) && writesCode(written, o.code));
  if (owner === undefined) return m;
  // Settled: the written code names one indicator.
  const settled: Mention = {
    id: owner.id,
    text: m.text,
    start: m.start,
    end: m.end,
    score: m.score,
  };
  if (m.inflected === true) settled.inflected = true;
  return settled;
}
