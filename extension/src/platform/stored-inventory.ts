/**
 * The stored inventory envelope and its migrations. The envelope has its own version (how the
 * extension stores things); the inventory inside has the core schema version, which core's
 * migrateInventory upgrades. Reads that fail validation throw: records are never dropped silently.
 */
import { inventorySchema, migrateInventory, type Inventory } from "@gapmap/core/inventory";
import { z } from "zod";

export const STORED_INVENTORY_VERSION = 2;

const storedInventoryV2Schema = z.strictObject({
  storageVersion: z.literal(STORED_INVENTORY_VERSION),
  savedAt: z.iso.datetime(),
  inventory: inventorySchema,
});
export type StoredInventory = z.infer<typeof storedInventoryV2Schema>;

/** Version 1 (early builds) stored the bare inventory object, without an envelope. */
function fromVersion1(raw: unknown): unknown {
  return {
    storageVersion: STORED_INVENTORY_VERSION,
    savedAt: new Date(0).toISOString(),
    inventory: migrateInventory(raw),
  };
}

export function emptyInventory(): Inventory {
  return { schemaVersion: 1, records: [] };
}

function storageVersionOf(raw: unknown): number {
  if (typeof raw !== "object" || raw === null) return 0;
  const version = (raw as Record<string, unknown>)["storageVersion"];
  return typeof version === "number" ? version : 1;
}

/** Raw storage value → current envelope; undefined (nothing stored yet) → empty inventory. */
export function readStoredInventory(raw: unknown): StoredInventory {
  if (raw === undefined) {
    return {
      storageVersion: STORED_INVENTORY_VERSION,
      savedAt: new Date(0).toISOString(),
      inventory: emptyInventory(),
    };
  }
  const version = storageVersionOf(raw);
  if (version > STORED_INVENTORY_VERSION) {
    throw new Error(
      `stored inventory has storage version ${version}; this Gapmap reads up to ${STORED_INVENTORY_VERSION}`,
    );
  }
  const current = version === 1 ? fromVersion1(raw) : raw;
  const parsed = storedInventoryV2Schema.safeParse(current);
  if (!parsed.success) {
    throw new Error(`stored inventory is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function toStoredInventory(inventory: Inventory, now: Date): StoredInventory {
  return {
    storageVersion: STORED_INVENTORY_VERSION,
    savedAt: now.toISOString(),
    inventory: inventorySchema.parse(inventory),
  };
}
