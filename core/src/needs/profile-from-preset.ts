/**
 * Builds a needs profile from a catalogue preset (or a custom indicator list) with defaults a
 * TWG can then edit: the indicator's breakdowns, annual data, at most two years old, national.
 */
import type { Catalogue, Indicator } from "../catalogue/schema";
import type { DimensionKind } from "../catalogue/vocabulary";
import {
  NEEDS_PROFILE_VERSION,
  POLICY_AREAS,
  needsProfileSchema,
  type IndicatorNeed,
  type NeedsProfile,
  type PolicyArea,
} from "./needs-profile";

/** Migration Profiles are usually drafted two years after the latest full statistical year. */
export const DEFAULT_MAX_AGE_YEARS = 2;

export interface ProfileOptions {
  referenceYear: number;
  name?: string;
  maxAgeYears?: number;
  policyAreas?: readonly PolicyArea[];
  themes?: readonly string[];
}

export class UnknownCatalogueEntryError extends Error {
  constructor(kind: string, id: string) {
    super(`unknown ${kind} "${id}" in the catalogue`);
    this.name = "UnknownCatalogueEntryError";
  }
}

function defaultNeed(
  indicator: Indicator,
  priority: IndicatorNeed["priority"],
  maxAgeYears: number,
  breakdowns: readonly DimensionKind[] = indicator.requiredDimensions,
): IndicatorNeed {
  return {
    indicator: indicator.id,
    breakdowns: [...breakdowns],
    frequency: "annual",
    timeliness: { kind: "max-age", years: maxAgeYears },
    geography: "national",
    priority,
  };
}

function findOrThrow(catalogue: Catalogue, id: string): Indicator {
  const indicator = catalogue.indicators.find((candidate) => candidate.id === id);
  if (indicator === undefined) throw new UnknownCatalogueEntryError("indicator", id);
  return indicator;
}

function finish(
  options: ProfileOptions,
  name: string,
  indicators: IndicatorNeed[],
  preset?: string,
): NeedsProfile {
  return needsProfileSchema.parse({
    schemaVersion: NEEDS_PROFILE_VERSION,
    name: options.name ?? name,
    ...(preset === undefined ? {} : { preset }),
    referenceYear: options.referenceYear,
    policyAreas: [...(options.policyAreas ?? POLICY_AREAS)],
    themes: [...(options.themes ?? [])],
    indicators,
  });
}

export function profileFromPreset(
  catalogue: Catalogue,
  presetId: string,
  options: ProfileOptions,
): NeedsProfile {
  const preset = catalogue.presets.find((candidate) => candidate.id === presetId);
  if (preset === undefined) throw new UnknownCatalogueEntryError("preset", presetId);
  const maxAge = options.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS;
  const needs = preset.items.map((item) =>
    defaultNeed(
      findOrThrow(catalogue, item.indicator),
      item.priority,
      maxAge,
      item.requiredDimensions,
    ),
  );
  return finish(options, preset.name, needs, preset.id);
}

/** A custom profile: the TWG's own indicator list, every item at medium priority. */
export function profileFromIndicators(
  catalogue: Catalogue,
  indicatorIds: readonly string[],
  options: ProfileOptions,
): NeedsProfile {
  const maxAge = options.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS;
  const needs = indicatorIds.map((id) => defaultNeed(findOrThrow(catalogue, id), "medium", maxAge));
  return finish(options, "Custom needs profile", needs);
}
