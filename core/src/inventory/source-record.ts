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

/** W3C Web Annotation selectors, for records found on web pages. */
export const webSelectorSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("TextQuoteSelector"),
    exact: z.string(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal("CssSelector"), value: z.string().min(1) }),
]);
export type WebSelector = z.infer<typeof webSelectorSchema>;

/** Where the data is: a workbook range, or a web page with annotation selectors. */
export const recordLocationSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("workbook"),
    file: z.string().min(1),
    sheet: z.string(),
    range: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal("web"),
    url: z.url(),
    title: z.string().optional(),
    selectors: z.array(webSelectorSchema),
  }),
  z.strictObject({ kind: z.literal("other"), description: z.string().min(1) }),
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
  format: z.string().optional(),
});
export type Openness = z.infer<typeof opennessSchema>;

export const sourceRecordSchema = z.strictObject({
  id: z.string().min(1),
  indicators: z.array(catalogueIdSchema).min(1),
  location: recordLocationSchema,
  title: z.string().optional(),
  producer: z.string().optional(),
  /** ID from the catalogue's source types. */
  sourceType: catalogueIdSchema.optional(),
  years: z.array(z.number().int().min(1800).max(2200)),
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
  notes: z.string().optional(),
  /** How the record came to be: scan, extension, template (hand-filled), or import. */
  origin: z.enum(["scan", "extension", "template", "import"]),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type SourceRecordInput = z.input<typeof sourceRecordSchema>;

export const inventorySchema = z.strictObject({
  schemaVersion: z.literal(INVENTORY_SCHEMA_VERSION),
  /** Who compiled it, e.g. a ministry. */
  owner: z.string().optional(),
  records: z.array(sourceRecordSchema),
});
export type Inventory = z.infer<typeof inventorySchema>;
