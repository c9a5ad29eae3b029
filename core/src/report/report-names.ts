/**
 * Names of catalogue things in the report's language. Where the catalogue has no name in that
 * language the English one is shown and marked, so the reader knows it awaits a translation.
 */
import type { Catalogue } from "../catalogue/schema";
import { SECTION_TITLES } from "../catalogue/vocabulary";
import { GAP_TYPE_LABELS } from "../gaps/gap-schema";
import { STATUS_LABELS } from "../matrix/matrix-cells";
import { POLICY_AREA_TITLES } from "../needs/needs-profile";
import type { ReportLanguage } from "./strings/index";

export type NameKind =
  | "indicator"
  | "section"
  | "policyArea"
  | "theme"
  | "gapType"
  | "availability"
  | "priority"
  | "dimension"
  | "elementStatus";

export interface ShownName {
  text: string;
  /** Shown in English because the catalogue has no name in the report's language. */
  english: boolean;
}

export type NameLookup = (kind: NameKind, id: string) => ShownName;

const AVAILABILITY_LABELS: Record<string, string> = {
  available: "Available",
  partial: "Partial",
  "proxy-or-national-variant": "Proxy or national variant",
  none: "None",
};

function englishName(catalogue: Catalogue, kind: NameKind, id: string): string {
  switch (kind) {
    case "indicator":
      return catalogue.indicators.find((i) => i.id === id)?.name ?? id;
    case "section":
      return (SECTION_TITLES as Partial<Record<string, string>>)[id] ?? id;
    case "policyArea":
      return (POLICY_AREA_TITLES as Partial<Record<string, string>>)[id] ?? id;
    case "theme":
      return catalogue.policyThemes.find((t) => t.id === id)?.name ?? id;
    case "gapType":
      return (GAP_TYPE_LABELS as Partial<Record<string, string>>)[id] ?? id;
    case "availability":
      return AVAILABILITY_LABELS[id] ?? id;
    case "elementStatus":
      return (STATUS_LABELS as Partial<Record<string, string>>)[id] ?? id;
    case "priority":
    case "dimension":
      return id.replaceAll("-", " ");
  }
}

/** Names in `lang`; the English names are all this catalogue carries today. */
export function reportNames(catalogue: Catalogue, lang: ReportLanguage): NameLookup {
  return (kind, id) => ({ text: englishName(catalogue, kind, id), english: lang !== "en" });
}
