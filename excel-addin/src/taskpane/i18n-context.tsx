/** The current UI language for every component: the translator, content names and formats. */
import { createContext, useContext } from "react";
import { labelled, translator, type Translate, type UiLanguage } from "../i18n/index";
import type { NameKind } from "./display-names";

export interface I18n {
  language: UiLanguage;
  t: Translate;
  /** A catalogue item's name in the UI language (English when not translated yet). */
  name: (kind: NameKind, id: string) => string;
  /** "Label: value" with the language's punctuation. */
  labelled: (label: string, value: string | number) => string;
}

export function i18nFor(language: UiLanguage, name: I18n["name"]): I18n {
  const number = new Intl.NumberFormat(language);
  return {
    language,
    t: translator(language),
    name,
    labelled: (label, value) =>
      labelled(language, label, typeof value === "number" ? number.format(value) : value),
  };
}

export const I18nContext = createContext<I18n>(i18nFor("en", (_kind, id) => id));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
