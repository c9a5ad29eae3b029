/** The current UI language for every component, with the translator derived from it. */
import { createContext, useContext } from "react";
import { translator, type Translate, type UiLanguage } from "../i18n/index";

export interface I18n {
  language: UiLanguage;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ language: "en", t: translator("en") });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
