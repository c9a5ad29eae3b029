/**
 * The catalogue's shorthand: single words a publisher uses alone as the name of a file, sheet
 * or table ("applications", «residencias»). Looked up by spelling or by stem in the word's
 * language, so "Application" and «residencia» find them too. Only table detection reads them
 * (lone-label-word.ts); page tagging never does.
 */
import type { Language } from "../catalogue/vocabulary";
import { normalizeText } from "../text/normalize";
import { scriptLanguages, stemKey } from "../text/stem";

export interface ShorthandEntry {
  indicatorId: string;
  text: string;
  lang: Language;
}

export interface ShorthandWords {
  /** The shorthand terms a normalised word spells or inflects, one per indicator. */
  lookup(norm: string): readonly ShorthandEntry[];
}

function addTo(map: Map<string, ShorthandEntry[]>, key: string, entry: ShorthandEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.indicatorId === entry.indicatorId)) list.push(entry);
}

/** A lookup over the entries, built on its first use (start-up never pays for it). */
export function shorthandWords(entries: readonly ShorthandEntry[]): ShorthandWords {
  let byKey: Map<string, ShorthandEntry[]> | undefined;
  const build = () => {
    const map = new Map<string, ShorthandEntry[]>();
    for (const e of entries) {
      const norm = normalizeText(e.text);
      addTo(map, norm, e);
      const key = stemKey(norm, e.lang);
      if (key !== undefined) addTo(map, key, e);
    }
    return map;
  };
  return {
    lookup(norm) {
      byKey ??= build();
      if (byKey.size === 0) return [];
      const out: ShorthandEntry[] = [...(byKey.get(norm) ?? [])];
      for (const lang of scriptLanguages(norm)) {
        const key = stemKey(norm, lang);
        for (const e of key === undefined ? [] : (byKey.get(key) ?? []))
          if (!out.some((o) => o.indicatorId === e.indicatorId)) out.push(e);
      }
      return out;
    },
  };
}

export const NO_SHORTHAND: ShorthandWords = { lookup: () => [] };
