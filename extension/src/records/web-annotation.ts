/**
 * The inventory as a W3C Web Annotation collection, so annotation tools (Hypothesis and others)
 * can read where each record points: every record becomes an Annotation whose target carries
 * its selectors, with the full source record kept alongside for a lossless round trip.
 */
import {
  INVENTORY_SCHEMA_VERSION,
  InventoryImportError,
  migrateInventory,
  type Inventory,
  type SourceRecord,
} from "@gapmap/core/inventory";
import { z } from "zod";

/** The Web Annotation JSON-LD context: a format identifier, never fetched. */
export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/** Key of our own record inside each annotation (extension properties are allowed by the model). */
export const RECORD_KEY = "gapmap:record";
const COLLECTION_LABEL = "Gapmap inventory";

function targetOf(record: SourceRecord): Record<string, unknown> {
  const location = record.location;
  if (location.kind === "web") return { source: location.url, selector: location.selectors };
  if (location.kind === "workbook") {
    const range = location.range === undefined ? "" : `!${location.range}`;
    return { source: `${location.file}#${location.sheet}${range}` };
  }
  return { source: `urn:gapmap:other:${encodeURIComponent(location.description)}` };
}

export function toWebAnnotations(inventory: Inventory): string {
  const items = inventory.records.map((record) => ({
    id: `urn:gapmap:record:${encodeURIComponent(record.id)}`,
    type: "Annotation",
    motivation: "tagging",
    body: record.indicators.map((id) => ({ type: "TextualBody", purpose: "tagging", value: id })),
    target: targetOf(record),
    [RECORD_KEY]: record,
  }));
  const collection = {
    "@context": ANNOTATION_CONTEXT,
    type: "AnnotationCollection",
    label: COLLECTION_LABEL,
    total: items.length,
    schemaVersion: inventory.schemaVersion,
    ...(inventory.owner === undefined ? {} : { owner: inventory.owner }),
    items,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const annotationCollectionSchema = z.looseObject({
  "@context": z.union([z.string(), z.array(z.unknown())]),
  schemaVersion: z.number().optional(),
  owner: z.string().optional(),
  items: z.array(
    z.looseObject({
      [RECORD_KEY]: z.looseObject({}),
      target: z.looseObject({ selector: z.array(z.unknown()).optional() }).optional(),
    }),
  ),
});

/** True when parsed JSON looks like an annotation collection rather than a plain inventory. */
export function isWebAnnotationJson(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && "@context" in raw && "items" in raw;
}

/**
 * Reads a collection written by toWebAnnotations. The target's selectors win over the record's
 * copy, so selectors edited in an annotation tool come back. Validation is core's.
 */
export function fromWebAnnotations(raw: unknown): Inventory {
  const parsed = annotationCollectionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InventoryImportError([
      { field: "(file)", message: `not a Gapmap annotation collection: ${parsed.error.message}` },
    ]);
  }
  const records = parsed.data.items.map((item) => {
    const record = item[RECORD_KEY];
    const location = record["location"];
    const selectors = item.target?.selector;
    const isWeb =
      typeof location === "object" && location !== null && "kind" in location
        ? location.kind === "web"
        : false;
    return isWeb && selectors !== undefined
      ? { ...record, location: { ...(location as object), selectors } }
      : record;
  });
  return migrateInventory({
    schemaVersion: parsed.data.schemaVersion ?? INVENTORY_SCHEMA_VERSION,
    ...(parsed.data.owner === undefined ? {} : { owner: parsed.data.owner }),
    records,
  });
}
