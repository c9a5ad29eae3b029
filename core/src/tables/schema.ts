/** The shape of a detected table, as `gapmap scan` reports it. Types derive from these schemas. */
import { z } from "zod";
import { DIMENSION_KINDS, dimensionRoleSchema } from "../catalogue/vocabulary";

export const detectedDimensionSchema = z.strictObject({
  kind: z.enum(DIMENSION_KINDS),
  role: dimensionRoleSchema.optional(),
  /** Where the breakdown was seen: row labels, column headers, or only named in the title. */
  source: z.enum(["rows", "columns", "title"]),
  /** A few of the labels that showed it. */
  examples: z.array(z.string()),
});
export type DetectedDimension = z.infer<typeof detectedDimensionSchema>;

export const indicatorEvidenceSchema = z.strictObject({
  where: z.enum(["title", "header", "sheet", "file", "unit", "labels"]),
  text: z.string(),
  matched: z.string(),
  words: z.array(z.string()),
});

/**
 * The indicator that came a close second, kept with the winner so that a reader sees the doubt
 * (stock-or-flow.ts): why the two were close, and the period or time-point cues that weighed.
 */
export const runnerUpSchema = z.strictObject({
  id: z.string(),
  score: z.number().min(0).max(1),
  /** "stock-or-flow": a stock and a flow of the same people; "close-score": any near tie. */
  reason: z.enum(["stock-or-flow", "close-score"]),
  /** Cue words found in the table's labels ("during the year", "as of"), normalised. */
  cues: z.array(z.string()),
});
export type RunnerUp = z.infer<typeof runnerUpSchema>;

export const indicatorMatchSchema = z.strictObject({
  id: z.string(),
  score: z.number().min(0).max(1),
  evidence: z.array(indicatorEvidenceSchema),
  /**
   * Set when no catalogue phrase named the indicator and it was guessed from words the labels
   * share with its names (label-retrieval.ts); such a match scores below every named one.
   */
  guess: z.literal(true).optional(),
  /**
   * On a guess from what the table holds (content-guess.ts): the content it rests on ("signed
   * values (a balance)", "regions within one country", period or time-point cues).
   */
  basis: z.array(z.string()).optional(),
  /** Only on the best match, when the second scored close or a cue switched a stock to its flow (or back). */
  runnerUp: runnerUpSchema.optional(),
});
export type IndicatorMatch = z.infer<typeof indicatorMatchSchema>;

export const periodsSchema = z.strictObject({
  years: z.array(z.number().int()),
  first: z.string().nullable(),
  last: z.string().nullable(),
  frequency: z.enum(["annual", "quarterly", "monthly", "multi-year", "none"]),
  quarters: z.array(z.string()),
  months: z.array(z.string()),
  holes: z.array(z.string()),
});

export const DERIVED_KINDS = ["change", "distribution"] as const;
export type DerivedKind = (typeof DERIVED_KINDS)[number];
/** A derived block ("Change (%)", "Distribution by category") and the table it belongs to. */
export const derivedBlockSchema = z.strictObject({
  range: z.string(),
  kind: z.enum(DERIVED_KINDS),
  /** The section label or title that said so. */
  label: z.string(),
});

export const detectedTableSchema = z.strictObject({
  sheet: z.string(),
  /** A1 range from the top header row to the last data row. */
  range: z.string(),
  title: z.string().nullable(),
  unit: z.string().nullable(),
  unitSource: z.enum(["metadata", "corner", "title", "header", "sheet"]).nullable(),
  /** A1 row numbers (1-based) of the header. */
  headerRows: z.array(z.number().int().positive()),
  /** Column letters of the row labels; the first is the main one. */
  labelColumns: z.array(z.string()),
  valueColumnCount: z.number().int().nonnegative(),
  bodyRowCount: z.number().int().nonnegative(),
  indicators: z.array(indicatorMatchSchema),
  dimensions: z.array(detectedDimensionSchema),
  periods: periodsSchema,
  /** Share of value cells that are empty or hold a missing/suppressed code (0–1). */
  missingShare: z.number().min(0).max(1),
  warnings: z.array(z.string()),
  /** Blocks stacked below that restate this table as changes or shares (derived-blocks.ts). */
  derived: z.array(derivedBlockSchema).optional(),
  /** On such a block: the table it derives from, which is the one to record. */
  derivedOf: derivedBlockSchema.optional(),
});
export type DetectedTable = z.infer<typeof detectedTableSchema>;
