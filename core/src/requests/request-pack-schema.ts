/**
 * A data-request pack: the workbook the TWG sends one agency, asking for the indicators it is
 * responsible for. The *key* is the machine-readable part of the pack (a very hidden sheet):
 * which request, profile and indicator each data-entry table answers, and where the table is,
 * so a returned pack is read exactly rather than guessed.
 */
import { z } from "zod";
import { catalogueIdSchema, dimensionKindSchema, languageSchema } from "../catalogue/vocabulary";
import { prioritySchema } from "../catalogue/schema";
import { neededFrequencySchema } from "../needs/needs-profile";

export const REQUEST_KEY_VERSION = 1;
/** The very hidden sheet that holds the key; its first cell says what the workbook is. */
export const REQUEST_KEY_SHEET = "gapmap_request_key";
export const REQUEST_KEY_MARKER = "gapmap-data-request-pack";
/** Shown on the cover too, so a pack whose key was removed can still be recognised. */
export const REQUEST_ID_PREFIX = "GMREQ-";

/** One row of a data-entry table: the total, or one category of one breakdown. */
export const requestRowSchema = z.strictObject({
  /** "total", or the breakdown this row belongs to. */
  breakdown: z.union([z.literal("total"), dimensionKindSchema]),
  /** The printed category (e.g. "Female"); absent where the agency writes its own (age groups). */
  category: z.string().optional(),
});
export type RequestRow = z.infer<typeof requestRowSchema>;

/** Where one indicator's table sits, as written. Rows and columns are 1-based. */
export const requestTableSchema = z.strictObject({
  indicator: catalogueIdSchema,
  sheet: z.string().min(1),
  /** The defined name that points at the table (header row to last row). */
  definedName: z.string().min(1),
  headerRow: z.number().int().positive(),
  /** Texts of the header row, left to right, to find the table again if rows were inserted. */
  header: z.array(z.string()),
  breakdownColumn: z.number().int().positive(),
  categoryColumn: z.number().int().positive(),
  yearColumns: z
    .array(z.strictObject({ column: z.number().int().positive(), year: z.number().int() }))
    .min(1),
  notesColumn: z.number().int().positive(),
  /** Printed label of each breakdown in the pack's language, to recognise rows that moved. */
  breakdownLabels: z.record(z.string(), z.string()),
  rows: z.array(requestRowSchema).min(1),
});
export type RequestTable = z.infer<typeof requestTableSchema>;

export const requestKeySchema = z.strictObject({
  marker: z.literal(REQUEST_KEY_MARKER),
  version: z.literal(REQUEST_KEY_VERSION),
  requestId: z.string().startsWith(REQUEST_ID_PREFIX),
  agency: z.string().min(1),
  lang: languageSchema,
  profile: z.strictObject({ name: z.string().min(1), preset: catalogueIdSchema.optional() }),
  catalogueVersion: z.string(),
  /** The sheet with the return date the agency writes. */
  coverSheet: z.string().min(1),
  /** ISO dates. */
  requestedOn: z.iso.date(),
  due: z.iso.date().optional(),
  tables: z.array(requestTableSchema).min(1),
});
export type RequestKey = z.infer<typeof requestKeySchema>;

/** What the TWG asks of one indicator (the model behind one data-entry sheet). */
export const requestItemSchema = z.strictObject({
  indicator: catalogueIdSchema,
  name: z.string(),
  nameIsFallback: z.boolean(),
  definition: z.string(),
  standards: z.array(z.string()),
  breakdowns: z.array(dimensionKindSchema),
  years: z.array(z.number().int()).min(1),
  frequency: neededFrequencySchema,
  priority: prioritySchema,
  /** Display names of the policy themes the indicator serves. */
  themes: z.array(z.string()),
});
export type RequestItem = z.infer<typeof requestItemSchema>;

export const requestPackSchema = z.strictObject({
  requestId: z.string().startsWith(REQUEST_ID_PREFIX),
  /** The agency's name as it goes in file names, unique among the packs planned together. */
  slug: z.string().min(1),
  agency: z.string().min(1),
  /** The focal point at the agency, from the TWG's agency map. */
  agencyContact: z.string().optional(),
  lang: languageSchema,
  profile: z.strictObject({ name: z.string(), preset: catalogueIdSchema.optional() }),
  catalogueVersion: z.string(),
  requestedOn: z.iso.date(),
  due: z.iso.date().optional(),
  contact: z.string().optional(),
  /** Policy areas the requested indicators serve, as display names. */
  policyAreas: z.array(z.string()),
  items: z.array(requestItemSchema).min(1),
});
export type RequestPack = z.infer<typeof requestPackSchema>;

/** What a returned table holds, as read. Years and breakdowns are those with at least one number. */
export const packTableReadingSchema = z.strictObject({
  indicator: catalogueIdSchema,
  sheet: z.string(),
  /** Where the table was read (A1 range, header row to last row). */
  range: z.string(),
  years: z.array(z.number().int()),
  breakdowns: z.array(dimensionKindSchema),
  filledCells: z.number().int().nonnegative(),
  emptyCells: z.number().int().nonnegative(),
  notes: z.array(z.string()),
  /** Every way the layout differs from the key, in words; the table was still read. */
  changes: z.array(z.string()),
});
export type PackTableReading = z.infer<typeof packTableReadingSchema>;

export const packReadingSchema = z.strictObject({
  requestId: z.string(),
  agency: z.string(),
  lang: languageSchema,
  profile: z.strictObject({ name: z.string(), preset: catalogueIdSchema.optional() }),
  /** ISO dates from the key: when the pack was sent and its deadline. */
  requestedOn: z.iso.date().optional(),
  due: z.iso.date().optional(),
  /** ISO date: the date the agency wrote on the cover, else the file's last save. */
  returnedOn: z.iso.date().optional(),
  returnedOnSource: z.enum(["cover", "file", "unknown"]),
  tables: z.array(packTableReadingSchema),
  /**
   * What the pack lost on its way (key no longer very hidden, defined names, number validation
   * or protection removed), in words; the pack was still read exactly. Absent in older scans.
   */
  warnings: z.array(z.string()).default([]),
});
export type PackReading = z.infer<typeof packReadingSchema>;
