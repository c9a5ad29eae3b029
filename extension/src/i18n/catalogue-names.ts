/**
 * Indicator names in the UI language, from the catalogue. Where the catalogue has no name in
 * that language the English one is shown and marked (`fallback`), so a reader knows why.
 */
import { findIndicator } from "@gapmap/catalog";
import type { UiLanguage } from "./index";

export interface ShownName {
  text: string;
  /** The language the text is in (BCP 47), for the element's lang attribute. */
  lang: string;
  /** True when the text is English because the catalogue lacks this language. */
  fallback: boolean;
}

export function indicatorName(id: string, language: UiLanguage): ShownName {
  const text = findIndicator(id)?.name ?? id;
  return { text, lang: "en", fallback: language !== "en" };
}
