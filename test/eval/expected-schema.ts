/**
 * The shape of the hand-written expectations in test/fixtures/expected/*.json: what a person
 * reading each sheet says its statistical tables are. The evaluation pairs them with what
 * `detectTables` finds and scores the difference.
 */
import { z } from "zod";
import { DIMENSION_KINDS, detectedDimensionSchema, rangeFromA1 } from "@gapmap/core";

const roleSchema = detectedDimensionSchema.shape.role.unwrap();
export type ExpectedRole = z.infer<typeof roleSchema>;

/** An A1 range ("A5:F40"), used only to pair expected and detected tables on a sheet. */
export const a1RangeSchema = z
  .string()
  .refine((a1) => a1.includes(":") && rangeFromA1(a1) !== undefined, "an A1 range like A5:F40");

export const expectedDimensionSchema = z.strictObject({
  kind: z.enum(DIMENSION_KINDS),
  /** The role of a country or region breakdown; a list when several readings are fair. */
  role: z.union([roleSchema, z.array(roleSchema).min(1)]).optional(),
});
export type ExpectedDimension = z.infer<typeof expectedDimensionSchema>;

export const expectedYearsSchema = z
  .strictObject({ first: z.number().int(), last: z.number().int() })
  .refine((y) => y.first <= y.last, "first year after last year");

export const expectedTableSchema = z.strictObject({
  range: a1RangeSchema,
  /** What the table is, in a few words, for the person reading a failure. */
  about: z.string().min(1),
  /** Catalogue indicator IDs the table measures, best first; empty for a non-migration table. */
  indicators: z.array(z.string().min(1)),
  dimensions: z.array(expectedDimensionSchema),
  /** First and last year of the data; null when the sheet does not say. */
  years: expectedYearsSchema.nullable(),
  note: z.string().optional(),
});
export type ExpectedTable = z.infer<typeof expectedTableSchema>;

export const expectedSheetSchema = z.strictObject({
  name: z.string(),
  /** Empty for a contents, notes, metadata or code-list sheet: any table found there is wrong. */
  tables: z.array(expectedTableSchema),
  note: z.string().optional(),
});
export type ExpectedSheet = z.infer<typeof expectedSheetSchema>;

export const expectedWorkbookSchema = z.strictObject({
  /** File name in /work/shared/fixtures/real, or of a generated non-migration workbook. */
  file: z.string().min(1),
  /** "real": a published migration workbook; "non-migration": a generated control. */
  set: z.enum(["real", "non-migration"]),
  language: z.string().min(2),
  sheets: z.array(expectedSheetSchema).min(1),
  note: z.string().optional(),
});
export type ExpectedWorkbook = z.infer<typeof expectedWorkbookSchema>;
