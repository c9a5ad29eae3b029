/**
 * Renders a gap message (gap-message.ts) in a language. English is what the checks store as
 * `detail`, word for word as before; French, Spanish and Russian use the catalogue's display
 * names for breakdowns, concepts and national variants, and Intl for lists and numbers.
 */
import { displayName } from "../catalogue/display-name";
import type { Catalogue } from "../catalogue/schema";
import type { Language } from "../catalogue/vocabulary";
import { paramText } from "./definition-labels";
import { en } from "./detail-strings/en";
import { es } from "./detail-strings/es";
import { fr } from "./detail-strings/fr";
import { ru } from "./detail-strings/ru";
import { lowerFirst } from "./detail-strings/plural";
import type { GapDetailStrings } from "./detail-strings/strings";
import type { DefinitionDeviation, GapMessage } from "./gap-message";
import type { ElementCheck } from "./gap-schema";

export const GAP_DETAIL_LANGUAGES = ["en", "fr", "es", "ru"] as const;
export type GapDetailLanguage = (typeof GAP_DETAIL_LANGUAGES)[number];
const STRINGS: Record<GapDetailLanguage, GapDetailStrings> = { en, fr, es, ru };

/** Names the message refers to by ID, in the language being rendered. */
export interface GapDetailNames {
  dimension: (id: string) => string;
  concept: (id: string) => string;
  /** A national variant's label, and its criterion where the language has one. */
  variant: (concept: string, variant: string) => { label: string; criterion?: string };
}

export function deviationText(
  deviation: DefinitionDeviation,
  strings: GapDetailStrings,
  names: GapDetailNames,
): string {
  if ("variant" in deviation) {
    const variant = names.variant(deviation.concept, deviation.variant);
    return strings.deviationVariant(variant.label, variant.criterion);
  }
  const source =
    deviation.standardLabel ??
    (deviation.concept === undefined ? "" : names.concept(deviation.concept));
  return strings.deviationField(
    strings.fieldLabel[deviation.field],
    paramText(strings, deviation.field, deviation.record),
    paramText(strings, deviation.field, deviation.standard),
    source,
  );
}

export function renderGapMessage(
  message: GapMessage,
  strings: GapDetailStrings,
  names: GapDetailNames,
): string {
  const s = strings;
  switch (message.id) {
    case "data.none":
      return s.dataNone;
    case "data.proxy":
      return s.dataProxy;
    case "data.available":
      return s.dataAvailable;
    case "disaggregation.met":
      return s.disaggregationMet;
    case "disaggregation.missing":
      return s.disaggregationMissing(s.list(message.breakdowns.map(names.dimension)));
    case "reporting.unknown":
      return s.reportingUnknown(s.frequency(message.needed));
    case "reporting.met":
      return s.reportingMet(s.periodicity(message.published));
    case "reporting.short":
      return s.reportingShort(s.periodicity(message.published), s.frequency(message.needed));
    case "timeliness.noYears":
      return s.timelinessNoYears(String(message.needed));
    case "timeliness.met":
      return s.timelinessMet(String(message.latest));
    case "timeliness.late":
      return s.timelinessLate(String(message.latest), String(message.needed));
    case "geographic.none":
      return s.geographicNone(s.geography(message.needed));
    case "geographic.met":
      return s.geographicMet(s.geography(message.available));
    case "geographic.short":
      return s.geographicShort(s.geography(message.available), s.geography(message.needed));
    case "definition.noStandard":
      return s.definitionNoStandard;
    case "definition.standard":
      return s.definitionStandard;
    case "definition.undocumented":
      return s.definitionUndocumented;
    case "definition.differs":
      return s.definitionDiffers(
        s.deviationList(message.deviations.map((d) => deviationText(d, s, names))),
      );
    case "records.none":
      return s.recordsNone;
    case "access.public":
      return s.accessPublic;
    case "access.level":
      return s.accessLevel(s.access(message.access));
    case "openness.undocumented":
      return s.opennessUndocumented;
    case "openness.met":
      return s.opennessMet;
    case "openness.lacks":
      return s.opennessLacks(
        s.list(
          message.lacking.map(({ element, partly }) =>
            partly ? s.partly(s.opennessElement[element]) : s.opennessElement[element],
          ),
        ),
      );
    case "quality.met":
      return s.qualityMet;
    case "quality.flags":
      return s.qualityFlags(s.list(message.flags.map(s.qualityFlag)));
  }
}

/**
 * English names straight from the catalogue's entries (codes for breakdowns), as the checks
 * have always written them; a catalogue without display names still gets the same text.
 */
export function englishNames(catalogue?: Pick<Catalogue, "concepts">): GapDetailNames {
  const concepts = catalogue?.concepts ?? [];
  return {
    dimension: (id) => id,
    concept: (id) => concepts.find((c) => c.id === id)?.name ?? id,
    variant: (conceptId, id) => {
      const concept = concepts.find((c) => c.id === conceptId);
      const variant = concept?.variants.find((v) => v.id === id);
      return variant === undefined
        ? { label: id }
        : { label: variant.label, criterion: variant.criterion };
    },
  };
}

/** The English sentence a check stores as `detail`. */
export function englishDetail(message: GapMessage, catalogue?: Pick<Catalogue, "concepts">) {
  return renderGapMessage(message, en, englishNames(catalogue));
}

export function englishDeviation(
  deviation: DefinitionDeviation,
  catalogue?: Pick<Catalogue, "concepts">,
): string {
  return deviationText(deviation, en, englishNames(catalogue));
}

/** Variant display names are keyed "concept/variant": variant IDs repeat across concepts. */
export function variantKey(concept: string, variant: string): string {
  return `${concept}/${variant}`;
}

/** Names in `lang` from the display names; the catalogue's English where none exists. */
function localNames(catalogue: Catalogue, lang: Language): GapDetailNames {
  const english = englishNames(catalogue);
  const local = (kind: "dimension" | "concept" | "variant", id: string) => {
    const name = displayName(catalogue, kind, id, lang);
    return name.unknown ? undefined : name;
  };
  return {
    dimension: (id) => lowerFirst(local("dimension", id)?.text ?? id, lang),
    concept: (id) => local("concept", id)?.text ?? english.concept(id),
    variant: (concept, id) => {
      const name = local("variant", variantKey(concept, id));
      // The criterion is written only in English so far: shown only in English text.
      return name === undefined || name.fallback
        ? english.variant(concept, id)
        : { label: name.text };
    },
  };
}

function isDetailLanguage(lang: string): lang is GapDetailLanguage {
  return (GAP_DETAIL_LANGUAGES as readonly string[]).includes(lang);
}

/**
 * What a check says in `lang`: the stored English `detail` for English, for checks entered by
 * hand or saved before messages existed, and for languages without a message table.
 */
export function gapDetailText(
  check: Pick<ElementCheck, "detail" | "message">,
  lang: Language,
  catalogue: Catalogue,
): string {
  if (check.message === undefined || lang === "en" || !isDetailLanguage(lang)) return check.detail;
  return renderGapMessage(check.message, STRINGS[lang], localNames(catalogue, lang));
}
