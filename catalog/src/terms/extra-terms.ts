import type { IndicatorInput, Language, TermInput } from "@gapmap/core";

/**
 * Terms kept apart from the indicator files, by topic (official titles, glossaries, national
 * shorthand), keyed by indicator ID. Several people add terms at once; separate files keep
 * their additions from colliding.
 */
export type ExtraTerms = Readonly<Record<string, Partial<Record<Language, readonly TermInput[]>>>>;

const textOf = (t: TermInput) => (typeof t === "string" ? t : t.text);
const sameText = (a: string, b: string) =>
  a.normalize("NFC").toLocaleLowerCase() === b.normalize("NFC").toLocaleLowerCase();

/**
 * The indicators with the extra terms added. A term whose text an indicator already has in that
 * language replaces it (so a verified entry with its source supersedes an unverified one rather
 * than sitting beside it); the others are appended. An unknown indicator ID is an authoring
 * error and throws.
 */
export function withExtraTerms(
  indicators: readonly IndicatorInput[],
  ...extras: readonly ExtraTerms[]
): IndicatorInput[] {
  const byId = new Map(indicators.map((ind) => [ind.id, ind]));
  const added = new Map<string, IndicatorInput>();
  for (const extra of extras) {
    for (const [id, byLang] of Object.entries(extra)) {
      const ind = added.get(id) ?? byId.get(id);
      if (!ind) throw new Error(`extra terms name an unknown indicator "${id}"`);
      const synonyms: Partial<Record<Language, TermInput[]>> = { ...ind.synonyms };
      for (const [lang, terms] of Object.entries(byLang) as [Language, readonly TermInput[]][]) {
        const list = [...(synonyms[lang] ?? [])];
        for (const term of terms) {
          const at = list.findIndex((t) => sameText(textOf(t), textOf(term)));
          if (at >= 0) list[at] = term;
          else list.push(term);
        }
        synonyms[lang] = list;
      }
      added.set(id, { ...ind, synonyms });
    }
  }
  return indicators.map((ind) => added.get(ind.id) ?? ind);
}
