/**
 * Gap vocabulary: the gap types (PARIS21 ADAPT's data, reporting, geographic and financial
 * gaps, plus disaggregation, timeliness, definition, access, openness and quality), the ODIN
 * element status (fully / partly / not met) and the shape of one gap.
 */
import { z } from "zod";
import { dimensionKindSchema } from "../catalogue/vocabulary";
import { gapMessageSchema } from "./gap-message";

export const GAP_TYPES = [
  "data",
  "disaggregation",
  "reporting",
  "timeliness",
  "geographic",
  "definition",
  "access",
  "openness",
  "quality",
  "financial",
] as const;
export const gapTypeSchema = z.enum(GAP_TYPES);
export type GapType = z.infer<typeof gapTypeSchema>;

/** Gap types the analysis can infer from source records; financial gaps are entered by hand. */
export const INFERRED_GAP_TYPES = GAP_TYPES.filter(
  (type): type is Exclude<GapType, "financial"> => type !== "financial",
);
export type InferredGapType = (typeof INFERRED_GAP_TYPES)[number];

export const GAP_TYPE_LABELS: Record<GapType, string> = {
  data: "Data",
  disaggregation: "Disaggregation",
  reporting: "Reporting frequency",
  timeliness: "Timeliness",
  geographic: "Geographic",
  definition: "Definition",
  access: "Access",
  openness: "Openness",
  quality: "Quality",
  financial: "Financial",
};

/** ODIN scoring: an element is fully met (1), partly met (0.5) or not met (0). */
export const ELEMENT_STATUSES = ["met", "partly-met", "not-met"] as const;
export const elementStatusSchema = z.enum(ELEMENT_STATUSES);
export type ElementStatus = z.infer<typeof elementStatusSchema>;
export const ELEMENT_POINTS: Record<ElementStatus, number> = {
  met: 1,
  "partly-met": 0.5,
  "not-met": 0,
};

export const AVAILABILITIES = [
  "available",
  "partial",
  "proxy-or-national-variant",
  "none",
] as const;
export const availabilitySchema = z.enum(AVAILABILITIES);
export type Availability = z.infer<typeof availabilitySchema>;

export const definitionDifferenceSchema = z.strictObject({
  field: z.string(),
  record: z.string(),
  standard: z.string(),
  /** Catalogue standard the value comes from, e.g. "un-1998". */
  standardId: z.string().optional(),
  text: z.string(),
});
export type DefinitionDifference = z.infer<typeof definitionDifferenceSchema>;

/** The outcome of one element for one indicator: met, or a gap with what is missing. */
export const elementCheckSchema = z.strictObject({
  type: gapTypeSchema,
  status: elementStatusSchema,
  /** The explanation in English (the CLI's words); render `message` for other languages. */
  detail: z.string(),
  /** The explanation as data, rendered per language by `gapDetailText`; absent when entered by hand. */
  message: gapMessageSchema.optional(),
  /** Records the judgement rests on (the best one first). */
  recordIds: z.array(z.string()),
  missingBreakdowns: z.array(dimensionKindSchema).optional(),
  differences: z.array(definitionDifferenceSchema).optional(),
  /** Entered by hand (financial gaps), not inferred from records. */
  manual: z.boolean().optional(),
});
export type ElementCheck = z.infer<typeof elementCheckSchema>;

export function isGap(check: ElementCheck): boolean {
  return check.status !== "met";
}
