/**
 * The assessment: one JSON-serialisable model of the gap analysis (rows per needed indicator,
 * scores per section, theme and policy area, the action plan) that every writer renders.
 */
import { z } from "zod";
import { prioritySchema } from "../catalogue/schema";
import { catalogueIdSchema, sectionSchema } from "../catalogue/vocabulary";
import { plannedActionSchema } from "../gaps/action-schema";
import {
  AVAILABILITIES,
  GAP_TYPES,
  availabilitySchema,
  elementCheckSchema,
} from "../gaps/gap-schema";
import { scoreWeightsSchema } from "../gaps/scoring";
import { needsProfileSchema } from "../needs/needs-profile";

export const ASSESSMENT_SCHEMA_VERSION = 1;

const score = z.number().min(0).max(100);

export const groupScoreSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  score,
  indicatorCount: z.number().int().nonnegative(),
});

export const assessmentRowSchema = z.strictObject({
  indicator: catalogueIdSchema,
  name: z.string(),
  section: sectionSchema,
  themes: z.array(catalogueIdSchema),
  priority: prioritySchema,
  availability: availabilitySchema,
  score,
  lastYear: z.number().int().optional(),
  recordIds: z.array(z.string()),
  /** Every judged element; gaps are those not fully met. */
  checks: z.array(elementCheckSchema),
  conflicts: z.array(
    z.strictObject({ recordIds: z.tuple([z.string(), z.string()]), reason: z.string() }),
  ),
  actions: z.array(plannedActionSchema),
});
export type AssessmentRow = z.infer<typeof assessmentRowSchema>;

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, z.number().int().nonnegative()])) as Record<
      T[number],
      z.ZodNumber
    >,
  );

export const assessmentSchema = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  catalogueVersion: z.string(),
  /** ISO date the assessment was made. */
  date: z.iso.date(),
  profile: needsProfileSchema,
  weights: scoreWeightsSchema,
  inventoryOwner: z.string().optional(),
  rows: z.array(assessmentRowSchema),
  sections: z.array(groupScoreSchema),
  themes: z.array(groupScoreSchema),
  areas: z.array(groupScoreSchema),
  summary: z.strictObject({
    overall: score,
    indicatorCount: z.number().int().nonnegative(),
    availability: countsOf(AVAILABILITIES),
    gaps: countsOf(GAP_TYPES),
    actionCount: z.number().int().nonnegative(),
  }),
  /** Profile entries that could not be assessed, e.g. indicators missing from the catalogue. */
  warnings: z.array(z.string()),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export function gapsOf(row: AssessmentRow): AssessmentRow["checks"] {
  return row.checks.filter((check) => check.status !== "met");
}
