/** Inventory as JSON: the native format, migrated from older versions on the way in. */
import { InventoryImportError } from "./inventory-import-error";
import { migrateInventory } from "./migrate-inventory";
import type { Inventory } from "./source-record";

export function toJson(inventory: Inventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}

/** Parses, migrates and validates; throws InventoryImportError listing every problem. */
export function fromJson(text: string): Inventory {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InventoryImportError([{ field: "(file)", message: `not valid JSON: ${message}` }]);
  }
  return migrateInventory(raw);
}
