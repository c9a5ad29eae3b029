/**
 * The needs profile the user builds in step 3: a preset, policy themes, and per-indicator
 * overrides of breakdowns, timeliness and priority on top of the preset's defaults.
 */
import {
  needsProfileSchema,
  profileFromPreset,
  type Catalogue,
  type DimensionKind,
  type NeedsProfile,
} from "@gapmap/core";
import { defaultReferenceYear } from "./empty-choice";

export type Priority = NeedsProfile["indicators"][number]["priority"];

export interface NeedOverride {
  breakdowns?: DimensionKind[];
  maxAgeYears?: number;
  priority?: Priority;
}

export interface NeedsChoice {
  presetId: string;
  referenceYear: number;
  themes: string[];
  overrides: Readonly<Record<string, NeedOverride>>;
}

export { defaultReferenceYear };

/** The preset's profile with the user's overrides, validated again by core's schema. */
export function buildProfile(catalogue: Catalogue, choice: NeedsChoice): NeedsProfile {
  const base = profileFromPreset(catalogue, choice.presetId, {
    referenceYear: choice.referenceYear,
    themes: choice.themes,
  });
  const indicators = base.indicators.map((need) => {
    const override = choice.overrides[need.indicator];
    if (override === undefined) return need;
    return {
      ...need,
      ...(override.breakdowns === undefined ? {} : { breakdowns: override.breakdowns }),
      ...(override.priority === undefined ? {} : { priority: override.priority }),
      ...(override.maxAgeYears === undefined
        ? {}
        : { timeliness: { kind: "max-age" as const, years: override.maxAgeYears } }),
    };
  });
  return needsProfileSchema.parse({ ...base, indicators });
}
