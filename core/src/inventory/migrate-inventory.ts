/**
 * Reads an inventory of any known schema version and returns the current one. Each migration
 * turns version N into a candidate of version N+1; the current schema validates the result, so
 * one validation reports every problem, whatever version the file was written in.
 */
import { InventoryImportError, problemsFromInventoryIssues } from "./inventory-import-error";
import { inventoryV0Schema, migrateV0ToV1 } from "./inventory-v0";
import { INVENTORY_SCHEMA_VERSION, inventorySchema, type Inventory } from "./source-record";

/** Step from version N (the index) to N+1. */
const MIGRATIONS: readonly ((raw: unknown) => unknown)[] = [
  (raw) => {
    const v0 = inventoryV0Schema.safeParse(raw);
    if (!v0.success) throw new InventoryImportError(problemsFromInventoryIssues(v0.error.issues));
    return migrateV0ToV1(v0.data);
  },
];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The schema version a raw inventory declares; files without one are version 0. */
function declaredVersion(raw: Record<string, unknown>): number {
  const version = raw["schemaVersion"];
  if (version === undefined) return 0;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    throw new InventoryImportError([
      {
        field: "schemaVersion",
        message: `expected a whole number, got ${JSON.stringify(version)}`,
      },
    ]);
  }
  return version;
}

/** Any known inventory version → the current version; throws InventoryImportError otherwise. */
export function migrateInventory(raw: unknown): Inventory {
  if (!isPlainObject(raw)) {
    throw new InventoryImportError([
      { field: "(file)", message: "an inventory must be a JSON object with records" },
    ]);
  }
  let version = declaredVersion(raw);
  if (version > INVENTORY_SCHEMA_VERSION) {
    throw new InventoryImportError([
      {
        field: "schemaVersion",
        message: `this file uses inventory schema version ${version}, written by a newer Gapmap; this version reads up to ${INVENTORY_SCHEMA_VERSION}. Update Gapmap to open it.`,
      },
    ]);
  }
  let current: unknown = raw;
  while (version < INVENTORY_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (step === undefined)
      throw new Error(`no migration from inventory schema version ${version}`);
    current = step(current);
    version++;
  }
  const parsed = inventorySchema.safeParse(current);
  if (!parsed.success)
    throw new InventoryImportError(problemsFromInventoryIssues(parsed.error.issues));
  return parsed.data;
}
