/** The current UI language for every component: the translator, content names and formats. */
import { createContext, useContext } from "react";
import type { AssessmentRow, ElementCheck, PlannedAction } from "@gapmap/core";
import { labelled, translator, type Translate, type UiLanguage } from "../i18n/index";
import type { NameKind } from "./display-names";

export interface I18n {
  language: UiLanguage;
  t: Translate;
  /** A catalogue item's name in the UI language (English when not translated yet). */
  name: (kind: NameKind, id: string) => string;
  /** "Label: value" with the language's punctuation. */
  labelled: (label: string, value: string | number) => string;
  /** Why an element is not met, in the UI language (core's gap messages). */
  detail: (check: ElementCheck) => string;
  /** An action's title, description and timeline in the UI language. */
  action: (row: AssessmentRow, action: PlannedAction) => ContentAction;
}

export interface ContentAction {
  title: string;
  description: string;
  timeline: string;
}

/** Content renderers that need the catalogue and the engine; English stand-ins until they load. */
export interface ContentText {
  detail: I18n["detail"];
  action: I18n["action"];
}

const STORED_TEXT: ContentText = {
  detail: (check) => check.detail,
  action: (_row, action) => action,
};

export function i18nFor(
  language: UiLanguage,
  name: I18n["name"],
  content: ContentText = STORED_TEXT,
): I18n {
  const number = new Intl.NumberFormat(language);
  return {
    language,
    t: translator(language),
    name,
    ...content,
    labelled: (label, value) =>
      labelled(language, label, typeof value === "number" ? number.format(value) : value),
  };
}

export const I18nContext = createContext<I18n>(i18nFor("en", (_kind, id) => id));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
