/**
 * Indicator names in the UI language, from the catalogue's display names. Where the catalogue
 * has no name in that language the English one is shown and marked (`fallback`), so a reader
 * knows why.
 */
import { getCatalogue } from "../platform/catalogue";
import { displayName } from "@gapmap/core/catalogue";
import type { UiLanguage } from "./index";

export interface ShownName {
  text: string;
  /** The language the text is in (BCP 47), for the element's lang attribute. */
  lang: string;
  /** True when the text is English because the catalogue lacks this language. */
  fallback: boolean;
}

export function indicatorName(id: string, language: UiLanguage): ShownName {
  const name = displayName(getCatalogue(), "indicator", id, language);
  return { text: name.text, lang: name.lang, fallback: name.fallback };
}

/** A breakdown kind ("sex", "country") by the catalogue's display name in the UI language. */
export function dimensionName(kind: string, language: UiLanguage): ShownName {
  const name = displayName(getCatalogue(), "dimension", kind, language);
  return { text: name.text, lang: name.lang, fallback: name.fallback };
}

/**
 * Breakdown kinds as a list inside a sentence ("by sex, country"): catalogue names with a lower
 * first letter in the UI language, which Arabic, without case, leaves alone.
 */
export function breakdownList(kinds: readonly string[], language: UiLanguage): string {
  return kinds
    .map((kind) => {
      const { text, lang } = dimensionName(kind, language);
      return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
    })
    .join(", ");
}
