/**
 * Return migration is written as emigration with a "re-" prefix in most of our languages:
 * «реэмигранты», «реэмиграция», "re-emigrants", «reemigrantes», «réémigrés», «reemigranți»,
 * «reemigranti». The catalogue names the process («реэмиграция») but a table names the people as
 * often («Разбивка по народностям реэмигрантов»), and their stem is not the process's. A word of
 * this shape in a table's own name is evidence of the return flow, worth a lone shorthand word.
 */
import { normalizeText } from "../text/normalize";
import { WHERE_WEIGHT, type EvidenceWhere } from "./label-phrases";
import type { LabelSource } from "./match-indicators";
import { LONE_WORD_WEIGHT } from "./match-indicators";
import type { IndicatorMatch } from "./schema";
import { memoizeByString } from "./string-memo";

export const RETURN_ID = "flow-return";

/** Where a word names the table itself (a body label is one category of many). */
const NAMING_PLACES: ReadonlySet<EvidenceWhere> = new Set(["title", "sheet", "file", "header"]);

/** "re" + emigr…, in Latin or Cyrillic, on a normalised word (accents dropped, hyphen a space). */
const RE_EMIGRATION_RE = /^(?:re ?emigr|ре ?эмигр)\p{L}*$/u;

/** The word of a label that names re-emigration, or undefined. */
const reEmigrationWord = memoizeByString((text): string | undefined => {
  const norm = normalizeText(text);
  const words = norm.split(" ");
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    // Normalisation splits "re-emigrants" into two words.
    const joined = (w === "re" || w === "ре") && i + 1 < words.length ? `${w}${words[i + 1]}` : w;
    if (RE_EMIGRATION_RE.test(joined)) return joined;
  }
  return undefined;
});

/** The matches with the return flow added (or raised) when the table's name says re-emigration. */
export function withReEmigration(
  matches: readonly IndicatorMatch[],
  sources: readonly LabelSource[],
): IndicatorMatch[] {
  let best: { source: LabelSource; word: string; score: number } | undefined;
  for (const source of sources) {
    if (!NAMING_PLACES.has(source.where)) continue;
    const word = reEmigrationWord(source.text);
    const score = LONE_WORD_WEIGHT * WHERE_WEIGHT[source.where];
    if (word !== undefined && (!best || score > best.score)) best = { source, word, score };
  }
  const previous = matches.find((m) => m.id === RETURN_ID);
  if (!best || (previous && previous.score >= best.score)) return [...matches];
  const { source, word, score } = best;
  const added: IndicatorMatch = {
    id: RETURN_ID,
    score: Math.round(score * 1000) / 1000,
    evidence: [
      { where: source.where, text: source.text, matched: word, words: [word] },
      ...(previous?.evidence ?? []),
    ],
  };
  return [...matches.filter((m) => m.id !== RETURN_ID), added].sort((a, b) => b.score - a.score);
}
