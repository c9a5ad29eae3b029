/**
 * Names of catalogue content (indicators, sections, policy areas, gap types, statuses) in the
 * pane's language. English comes from the catalogue and core's labels; other languages come from
 * the catalogue's display names where it has them, English otherwise (marked as a fallback).
 */
import {
  GAP_TYPE_LABELS,
  SECTION_TITLES,
  type Catalogue,
  type GapType,
  type Section,
} from "@gapmap/core";
import type { UiLanguage } from "../i18n/index";

export type NameKind =
  "indicator" | "section" | "theme" | "gapType" | "elementStatus" | "availability" | "priority";

export interface ShownName {
  text: string;
  /** The language the text is in: the pane's, or English when no translation exists yet. */
  lang: string;
  fallback: boolean;
}

const ELEMENT_STATUS_EN: Readonly<Record<string, string>> = {
  met: "Met",
  "partly-met": "Partly met",
  "not-met": "Not met",
};
const AVAILABILITY_EN: Readonly<Record<string, string>> = {
  available: "Available",
  partial: "Partial",
  "proxy-or-national-variant": "Proxy or national variant",
  none: "None",
};
const PRIORITY_EN: Readonly<Record<string, string>> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

function englishName(catalogue: Catalogue, kind: NameKind, id: string): string | undefined {
  switch (kind) {
    case "indicator":
      return catalogue.indicators.find((i) => i.id === id)?.name;
    case "section":
      return SECTION_TITLES[id as Section];
    case "theme":
      return catalogue.policyThemes.find((t) => t.id === id)?.name;
    case "gapType":
      return GAP_TYPE_LABELS[id as GapType];
    case "elementStatus":
      return ELEMENT_STATUS_EN[id];
    case "availability":
      return AVAILABILITY_EN[id];
    case "priority":
      return PRIORITY_EN[id];
  }
}

/** The name to show; the ID itself only when the catalogue does not know it. */
export function shownName(
  catalogue: Catalogue,
  kind: NameKind,
  id: string,
  lang: UiLanguage,
): ShownName {
  const english = englishName(catalogue, kind, id);
  return { text: english ?? id, lang: "en", fallback: lang !== "en" };
}
