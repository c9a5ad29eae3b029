/**
 * Names of catalogue things in the report's language, from the catalogue's display names.
 * Where the catalogue has no name in that language the English one is shown and marked, so the
 * reader knows it awaits a translation.
 */
import { displayName } from "../catalogue/display-name";
import type { DisplayNameKind } from "../catalogue/display-names-schema";
import type { Catalogue } from "../catalogue/schema";
import type { ReportLanguage } from "./strings/index";

export type NameKind = Extract<
  DisplayNameKind,
  | "indicator"
  | "section"
  | "policyArea"
  | "theme"
  | "gapType"
  | "availability"
  | "priority"
  | "dimension"
  | "elementStatus"
  | "preset"
  | "processStep"
  | "processStage"
  | "processStatus"
  | "requestState"
>;

export interface ShownName {
  text: string;
  /** Shown in English because the catalogue has no name in the report's language. */
  english: boolean;
}

export type NameLookup = (kind: NameKind, id: string) => ShownName;

export function reportNames(catalogue: Catalogue, lang: ReportLanguage): NameLookup {
  return (kind, id) => {
    const name = displayName(catalogue, kind, id, lang);
    return { text: name.text, english: name.fallback && lang !== "en" };
  };
}
