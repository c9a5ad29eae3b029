/**
 * A set of words that also holds their stems in every language each word's script allows, so
 * that a text word meets it in any inflection ("totales" meets "total", «беженцев» «беженцы»).
 */
import { normalizeText } from "../text/normalize";
import { scriptLanguages, stemWord } from "../text/stem";

export interface StemKeySet {
  has(word: string): boolean;
}

/** The keys of a normalised word: itself and "lang:stem" per language its script allows. */
export function stemKeysOfWord(word: string): string[] {
  const keys = [word];
  for (const lang of scriptLanguages(word)) {
    const stem = stemWord(word, lang);
    if (stem !== undefined) keys.push(`${lang}:${stem}`);
  }
  return keys;
}

/** A set over the words of `text` (whitespace-separated, normalised here), built on first use. */
export function stemKeySet(text: string): StemKeySet {
  let keys: Set<string> | undefined;
  const built = () => {
    if (!keys) {
      keys = new Set();
      for (const w of normalizeText(text).split(" "))
        if (w !== "") for (const k of stemKeysOfWord(w)) keys.add(k);
    }
    return keys;
  };
  return { has: (word) => stemKeysOfWord(word).some((k) => built().has(k)) };
}
