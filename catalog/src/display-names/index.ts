/**
 * The catalogue's display names, assembled. English comes from where it already lives (an
 * indicator's or theme's `name`, core's section titles and gap-type labels) unless a file gives
 * an English entry of its own (a `short` form, or a verified official title).
 */
import {
  GAP_TYPE_LABELS,
  SECTION_TITLES,
  type DisplayNamesInput,
  type NamesByLanguageInput,
} from "@gapmap/core";
import {
  actionStatusNames,
  availabilityNames,
  elementStatusNames,
  gapTypeNames,
  priorityNames,
} from "./gap-vocabularies";
import { actionDescriptionNames, actionTitleNames, timelineNames } from "./actions";
import { conceptNames } from "./concepts";
import { variantNames } from "./variants";
import { presetDescriptions, presetNames } from "./presets";
import { developmentIndicatorNames } from "./indicators-development";
import { flowIndicatorNames } from "./indicators-flows";
import { governanceContextIndicatorNames } from "./indicators-governance-context";
import { labourDemographyIndicatorNames } from "./indicators-labour-demography";
import { protectionEnforcementIndicatorNames } from "./indicators-protection-enforcement";
import { sdgDisaggregationIndicatorNames } from "./indicators-sdg-disaggregation";
import { stockIndicatorNames } from "./indicators-stocks";
import { dimensionNames, measureNames } from "./measures-dimensions";
import { policyAreaNames, sectionNames, themeNames } from "./sections-themes";
import {
  processStageNames,
  processStatusNames,
  processStepNames,
  requestStateNames,
} from "./tracking-vocabularies";

type NamesById = Record<string, NamesByLanguageInput>;

/** Adds the English name from `english` to every ID that has no English entry of its own. */
function withEnglish(names: NamesById, english: Readonly<Record<string, string>>): NamesById {
  const out: NamesById = {};
  for (const [id, byLang] of Object.entries(names)) {
    const en = english[id];
    out[id] = byLang.en === undefined && en !== undefined ? { en, ...byLang } : byLang;
  }
  return out;
}

/** What the English names are read from: the catalogue's own entries and the action library. */
export interface EnglishSources {
  indicators: readonly { id: string; name: string }[];
  themes: readonly { id: string; name: string }[];
  presets: readonly { id: string; name: string; description: string }[];
  concepts: readonly {
    id: string;
    name: string;
    variants: readonly { id: string; label: string }[];
  }[];
  actions: readonly { id: string; title: string; description: string; timeline: string }[];
}

export function buildDisplayNames(sources: EnglishSources): DisplayNamesInput {
  const { indicators, themes, presets, concepts, actions } = sources;
  const nameOf = (list: readonly { id: string; name: string }[]) =>
    Object.fromEntries(list.map((entry) => [entry.id, entry.name]));
  const byId = <T extends { id: string }>(list: readonly T[], text: (entry: T) => string) =>
    Object.fromEntries(list.map((entry) => [entry.id, text(entry)]));
  const variantLabels = Object.fromEntries(
    concepts.flatMap((c) => c.variants.map((v) => [`${c.id}/${v.id}`, v.label])),
  );
  const timelines = Object.fromEntries(actions.map((a) => [a.timeline, a.timeline]));
  return {
    indicator: withEnglish(
      {
        ...stockIndicatorNames,
        ...flowIndicatorNames,
        ...protectionEnforcementIndicatorNames,
        ...labourDemographyIndicatorNames,
        ...developmentIndicatorNames,
        ...governanceContextIndicatorNames,
        ...sdgDisaggregationIndicatorNames,
      },
      nameOf(indicators),
    ),
    section: withEnglish(sectionNames, SECTION_TITLES),
    policyArea: policyAreaNames,
    theme: withEnglish(themeNames, nameOf(themes)),
    gapType: withEnglish(gapTypeNames, GAP_TYPE_LABELS),
    elementStatus: elementStatusNames,
    availability: availabilityNames,
    actionStatus: actionStatusNames,
    priority: priorityNames,
    measure: measureNames,
    dimension: dimensionNames,
    requestState: requestStateNames,
    processStep: processStepNames,
    processStage: processStageNames,
    processStatus: processStatusNames,
    preset: withEnglish(presetNames, nameOf(presets)),
    presetDescription: withEnglish(
      presetDescriptions,
      byId(presets, (p) => p.description),
    ),
    concept: withEnglish(conceptNames, nameOf(concepts)),
    variant: withEnglish(variantNames, variantLabels),
    action: withEnglish(
      actionTitleNames,
      byId(actions, (a) => a.title),
    ),
    actionDescription: withEnglish(
      actionDescriptionNames,
      byId(actions, (a) => a.description),
    ),
    timeline: withEnglish(timelineNames, timelines),
  };
}
