/**
 * The Snowball stemmers sometimes give two case forms of one word different stems: Russian
 * «граждан» (genitive plural) → «гражда» but «граждане» → «граждан»; French "etranger" →
 * "etrang" (read as a verb in -er) but "etrangers" → "etranger". Such forms never meet in a
 * stem class, so "иностранных граждан" missed the phrase «иностранные граждане».
 *
 * This is the second, stricter test stem-classes.ts applies: two words of one language whose
 * only difference is an ending of this language's noun and adjective inflection (case, number,
 * gender, the Arabic sound plurals) are forms of one word. Derivations keep their own endings
 * ("worker" is no form of "work", «переселенцы» none of «переселение»), since those endings are
 * not in the lists. Works on normalised words (normalize.ts: no accents, «й» read as «и»).
 */
import type { Language } from "../catalogue/vocabulary";

/** The endings, each list longest first so that the longest one is taken off. */
// prettier-ignore
const ENDINGS = sortLongestFirst({
  en: ["es", "s"],
  fr: ["es", "s", "x", "e"],
  es: ["es", "as", "os", "s", "a", "o"],
  // Nouns and adjectives, all cases and numbers («ий», «ый», «ой», «ей» as normalised).
  ru: [
    "ами", "ями", "ыми", "ими", "ого", "его", "ому", "ему",
    "ам", "ям", "ах", "ях", "ов", "ев", "ем", "ом", "ои", "еи", "ии", "ыи",
    "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ую", "юю",
    "а", "я", "о", "е", "ь", "ы", "и", "у", "ю",
  ],
  ro: ["urilor", "ului", "elor", "ilor", "lor", "uri", "ile", "ul", "ei", "ii", "le", "ea", "a", "e", "i"],
  sr: ["ima", "ama", "oga", "ega", "om", "em", "ih", "im", "og", "oj", "a", "e", "i", "o", "u"],
  // Sound plurals and the dual; the feminine ending (ة, folded to ه).
  ar: ["ين", "ون", "ات", "ان", "ه"],
});

/** Each language's endings by their last letter, longest first: one lookup per word. */
type EndingsByLastLetter = ReadonlyMap<string, readonly string[]>;

function sortLongestFirst(
  lists: Record<Language, string[]>,
): Readonly<Record<Language, EndingsByLastLetter>> {
  const out = {} as Record<Language, EndingsByLastLetter>;
  for (const [lang, list] of Object.entries(lists) as [Language, string[]][]) {
    const byLast = new Map<string, string[]>();
    for (const ending of [...list].sort((a, b) => b.length - a.length)) {
      const last = ending.slice(-1);
      byLast.set(last, [...(byLast.get(last) ?? []), ending]);
    }
    out[lang] = byLast;
  }
  return out;
}

/** Letters that must stay once an ending is taken off: shorter words are left whole. */
const MIN_BARE_LENGTH = 4;

/**
 * `word` without its longest inflectional ending of `lang` (or whole): two forms of one word
 * have the same bare form ("etrangers", "etrangere" → "etranger"; «граждане», «гражданам» →
 * «граждан»).
 */
export function bareForm(word: string, lang: Language): string {
  const endings = ENDINGS[lang].get(word.charAt(word.length - 1));
  if (endings === undefined) return word;
  for (const ending of endings) {
    if (word.length - ending.length >= MIN_BARE_LENGTH && word.endsWith(ending))
      return word.slice(0, -ending.length);
  }
  return word;
}
