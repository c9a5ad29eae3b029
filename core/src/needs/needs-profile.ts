/**
 * A needs profile: the data DEMAND side of the gap analysis. It lists the indicators a
 * Migration Profile (or SDG report) requires and, per indicator, the breakdowns, frequency,
 * timeliness, geography and priority it needs. Saved and reloaded as versioned JSON.
 */
import { z } from "zod";
import { addDuplicateIssues } from "../catalogue/unique-keys";
import { policyThemeSchema, prioritySchema } from "../catalogue/schema";
import { catalogueIdSchema, dimensionKindSchema } from "../catalogue/vocabulary";
import { GEOGRAPHY_LEVELS } from "../inventory/source-record";
import { profileTrackingSchema } from "../tracking/profile-tracking";

export const NEEDS_PROFILE_VERSION = 1;

/** How often the data must be published, finest first. */
export const NEEDED_FREQUENCIES = ["monthly", "quarterly", "annual", "multi-year"] as const;
export const neededFrequencySchema = z.enum(NEEDED_FREQUENCIES);
export type NeededFrequency = z.infer<typeof neededFrequencySchema>;

export const POLICY_AREAS = policyThemeSchema.shape.area.options;
export const policyAreaSchema = policyThemeSchema.shape.area;
export type PolicyArea = z.infer<typeof policyAreaSchema>;

/** The seed template's three policy areas, as a Migration Profile names them. */
export const POLICY_AREA_TITLES: Record<PolicyArea, string> = {
  trends: "Migration trends",
  impact: "Impact of migration",
  governance: "Migration governance",
};

/** Either a fixed latest acceptable year, or a maximum age relative to the reference year. */
export const timelinessSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("latest-year"), year: z.number().int().min(1800).max(2200) }),
  z.strictObject({ kind: z.literal("max-age"), years: z.number().int().nonnegative().max(100) }),
]);
export type Timeliness = z.infer<typeof timelinessSchema>;

export const indicatorNeedSchema = z.strictObject({
  indicator: catalogueIdSchema,
  breakdowns: z.array(dimensionKindSchema),
  frequency: neededFrequencySchema,
  timeliness: timelinessSchema,
  geography: z.enum(GEOGRAPHY_LEVELS),
  priority: prioritySchema,
});
export type IndicatorNeed = z.infer<typeof indicatorNeedSchema>;

export const needsProfileSchema = z
  .strictObject({
    schemaVersion: z.literal(NEEDS_PROFILE_VERSION),
    name: z.string().trim().min(1),
    /** The preset this profile started from; absent for a custom list. */
    preset: catalogueIdSchema.optional(),
    /** The year the assessment is made for; max-age timeliness counts back from it. */
    referenceYear: z.number().int().min(1800).max(2200),
    policyAreas: z.array(policyAreaSchema),
    /** Catalogue policy-theme IDs the TWG chose to report on; empty means all. */
    themes: z.array(catalogueIdSchema),
    indicators: z.array(indicatorNeedSchema).min(1),
    /** The TWG's request statuses and process steps; absent in profiles saved before them. */
    tracking: profileTrackingSchema.optional(),
  })
  .superRefine((profile, ctx) => {
    // Gap rows are keyed by indicator, so an indicator may be needed only once.
    addDuplicateIssues(
      ctx,
      profile.indicators,
      ["indicators"],
      "indicator",
      (need) => need.indicator,
      (id) => `indicator "${id}" is listed twice`,
    );
  });
export type NeedsProfile = z.infer<typeof needsProfileSchema>;
export type NeedsProfileInput = z.input<typeof needsProfileSchema>;

/** The latest year of data the profile accepts for this indicator. */
export function latestAcceptableYear(need: IndicatorNeed, referenceYear: number): number {
  return need.timeliness.kind === "latest-year"
    ? need.timeliness.year
    : referenceYear - need.timeliness.years;
}
