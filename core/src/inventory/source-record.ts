/**
 * A source record: one table, series or page that carries one or more indicators. It is the
 * unit of data *supply*; the gap analysis compares records with a needs profile (demand).
 * This schema is the trust boundary for every inventory import (scan output, extension export,
 * hand-filled template, other ministries' files).
 */
import { z } from "zod";
import { definitionParamsSchema } from "../catalogue/schema";
import {
  catalogueIdSchema,
  dimensionKindSchema,
  dimensionRoleSchema,
} from "../catalogue/vocabulary";

export const INVENTORY_SCHEMA_VERSION = 1;

/**
 * Text that survives every export format: no control characters other than tab and line feed
 * (XML, hence .xlsx, cannot hold them, and XML parsers turn CR into LF), no lone surrogates.
 */
const PORTABLE_TEXT =
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  /^(?:[^\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const PORTABLE_TEXT_MESSAGE =
  "text must not contain control characters (other than tab and line feed)";
export const portableTextSchema = z.string().regex(PORTABLE_TEXT, PORTABLE_TEXT_MESSAGE);
/** Optional free text is absent or non-empty, so an empty spreadsheet cell means "absent". */
const optionalTextSchema = portableTextSchema.min(1).optional();

/** Years are kept sorted and unique, so they can be written compactly ("2010-2015; 2018"). */
function sortedUniqueYears(years: number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}

/** W3C Web Annotation selectors, for records found on web pages. */
export const webSelectorSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("TextQuoteSelector"),
    exact: portableTextSchema,
    prefix: portableTextSchema.optional(),
    suffix: portableTextSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal("CssSelector"), value: portableTextSchema.min(1) }),
]);
export type WebSelector = z.infer<typeof webSelectorSchema>;

/** Where the data is: a workbook range, or a web page with annotation selectors. */
export const recordLocationSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("workbook"),
    file: portableTextSchema.min(1),
    sheet: portableTextSchema,
    range: optionalTextSchema,
  }),
  z.strictObject({
    kind: z.literal("web"),
    url: z.url().regex(PORTABLE_TEXT, PORTABLE_TEXT_MESSAGE),
    title: optionalTextSchema,
    selectors: z.array(webSelectorSchema),
  }),
  z.strictObject({ kind: z.literal("other"), description: portableTextSchema.min(1) }),
]);
export type RecordLocation = z.infer<typeof recordLocationSchema>;

export const PERIODICITIES = [
  "continuous",
  "monthly",
  "quarterly",
  "annual",
  "multi-year",
  "ad-hoc",
  "unknown",
] as const;
export const GEOGRAPHY_LEVELS = ["national", "admin-1", "admin-2"] as const;
export const ACCESS_LEVELS = ["public", "on-request", "restricted"] as const;
export const RECORD_ORIGINS = ["scan", "extension", "template", "import", "data-request"] as const;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;
export const QUALITY_FLAGS = [
  "estimate",
  "minimum-count",
  "break-in-series",
  "inconsistent-unit",
  "provisional",
  "modelled",
] as const;

/** ODIN openness elements, each fully (1), partly (0.5) or not (0) met. */
export const opennessSchema = z.strictObject({
  machineReadable: z.boolean(),
  nonProprietary: z.boolean(),
  downloadOptions: z.array(z.enum(["bulk", "selection", "api"])),
  metadata: z.boolean(),
  openLicence: z.boolean(),
  format: optionalTextSchema,
});
export type Openness = z.infer<typeof opennessSchema>;

export const sourceRecordSchema = z.strictObject({
  id: portableTextSchema.min(1),
  indicators: z.array(catalogueIdSchema).min(1),
  location: recordLocationSchema,
  title: optionalTextSchema,
  producer: optionalTextSchema,
  /** ID from the catalogue's source types. */
  sourceType: catalogueIdSchema.optional(),
  years: z.array(z.number().int().min(MIN_YEAR).max(MAX_YEAR)).transform(sortedUniqueYears),
  lastUpdate: z.iso.date().optional(),
  periodicity: z.enum(PERIODICITIES),
  breakdowns: z.array(
    z.strictObject({ kind: dimensionKindSchema, role: dimensionRoleSchema.optional() }),
  ),
  geography: z.enum(GEOGRAPHY_LEVELS),
  definition: z
    .strictObject({
      /** Catalogue concept this record's definition is an instance of. */
      concept: catalogueIdSchema.optional(),
      /** A known national variant of that concept. */
      variant: catalogueIdSchema.optional(),
      params: definitionParamsSchema.optional(),
    })
    .optional(),
  openness: opennessSchema.optional(),
  access: z.enum(ACCESS_LEVELS),
  quality: z.array(z.enum(QUALITY_FLAGS)),
  /** True when the record carries the indicator only approximately (a proxy). */
  proxy: z.boolean().default(false),
  notes: optionalTextSchema,
  /** IDs of records that describe the same thing differently (set by a merge, for a human to settle). */
  conflictsWith: z.array(portableTextSchema.min(1)).optional(),
  /** How the record came to be: scan, extension, template (hand-filled), import, or a returned data request. */
  origin: z.enum(RECORD_ORIGINS),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type SourceRecordInput = z.input<typeof sourceRecordSchema>;

export const inventorySchema = z.strictObject({
  schemaVersion: z.literal(INVENTORY_SCHEMA_VERSION),
  /** Who compiled it, e.g. a ministry. */
  owner: optionalTextSchema,
  records: z.array(sourceRecordSchema).superRefine((records, ctx) => {
    // Merges, conflicts and the gap matrix refer to records by ID, so IDs must be unique.
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `duplicate record ID "${record.id}"`,
        });
      }
      seen.add(record.id);
    });
  }),
});
export type Inventory = z.infer<typeof inventorySchema>;
