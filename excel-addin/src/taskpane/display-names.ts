/**
 * Names of catalogue content (indicators, sections, policy areas, themes, gap types, statuses,
 * breakdowns) in the pane's language, from the catalogue's display names. A name the catalogue
 * has only in English comes back in English and marked as a fallback, so the pane can say so.
 */
import { displayName, type DisplayNameKind } from "@gapmap/core/catalogue";
import type { Catalogue } from "@gapmap/core";
import type { UiLanguage } from "../i18n/index";

export type NameKind = DisplayNameKind;

export interface ShownName {
  text: string;
  /** The language the text is in: the pane's, or English when no translation exists yet. */
  lang: string;
  fallback: boolean;
  verified: boolean;
}

export function shownName(
  catalogue: Catalogue,
  kind: NameKind,
  id: string,
  lang: UiLanguage,
): ShownName {
  const name = displayName(catalogue, kind, id, lang);
  return { text: name.text, lang: name.lang, fallback: name.fallback, verified: name.verified };
}
