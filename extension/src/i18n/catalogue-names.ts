/**
 * Indicator names in the UI language, from the catalogue's display names. Where the catalogue
 * has no name in that language the English one is shown and marked (`fallback`), so a reader
 * knows why.
 */
import { getCatalogue } from "@gapmap/catalog";
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
