/** The side panel's UI language for every component, with its translator. */
import { createContext, useContext } from "react";
import { translator, type Translate, type UiLanguage } from "../i18n/index";

export interface PanelI18n {
  language: UiLanguage;
  t: Translate;
}

export const PanelI18nContext = createContext<PanelI18n>({ language: "en", t: translator("en") });

export function usePanelI18n(): PanelI18n {
  return useContext(PanelI18nContext);
}
