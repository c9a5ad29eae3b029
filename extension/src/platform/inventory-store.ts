/**
 * The inventory in extension storage: load, add a record, import (merged, never overwritten),
 * export. Writes are read back and validated, so a failed write reaches the user as an error.
 */
import {
  fromJson,
  mergeInventories,
  sourceRecordSchema,
  toJson,
  type Inventory,
  type MergeResult,
  type SourceRecordInput,
} from "@gapmap/core/inventory";
import { defaultChromeApi, type ChromeApi } from "./chrome-api";
import { STORAGE_KEYS } from "./storage-keys";
import { readStoredInventory, toStoredInventory } from "./stored-inventory";

export async function loadInventory(api: ChromeApi = defaultChromeApi()): Promise<Inventory> {
  const items = await api.storage.get([STORAGE_KEYS.inventory]);
  return readStoredInventory(items[STORAGE_KEYS.inventory]).inventory;
}

export async function saveInventory(
  inventory: Inventory,
  api: ChromeApi = defaultChromeApi(),
  now: Date = new Date(),
): Promise<void> {
  const stored = toStoredInventory(inventory, now);
  await api.storage.set({ [STORAGE_KEYS.inventory]: stored });
  const back = await loadInventory(api);
  if (back.records.length !== inventory.records.length) {
    throw new Error("the inventory was not saved: storage returned a different number of records");
  }
}

/** Adds (or replaces, by ID) one record; the record is validated by the core schema first. */
export async function saveRecord(
  input: SourceRecordInput,
  api: ChromeApi = defaultChromeApi(),
): Promise<Inventory> {
  const record = sourceRecordSchema.parse(input);
  const inventory = await loadInventory(api);
  const records = inventory.records.filter((r) => r.id !== record.id);
  const next: Inventory = { ...inventory, records: [...records, record] };
  await saveInventory(next, api);
  return next;
}

/** Removes one record by ID; a missing ID is an error, not a silent no-op. */
export async function deleteRecord(
  id: string,
  api: ChromeApi = defaultChromeApi(),
): Promise<Inventory> {
  const inventory = await loadInventory(api);
  const records = inventory.records.filter((r) => r.id !== id);
  if (records.length === inventory.records.length) throw new Error(`no record ${id}`);
  const next: Inventory = { ...inventory, records };
  await saveInventory(next, api);
  return next;
}

/** Merges an imported JSON inventory into the stored one; duplicates and conflicts are reported. */
export async function importInventoryJson(
  text: string,
  api: ChromeApi = defaultChromeApi(),
): Promise<MergeResult> {
  const imported = fromJson(text);
  const mine = await loadInventory(api);
  const result = mergeInventories([
    { owner: "this browser", inventory: mine },
    { owner: "imported file", inventory: imported },
  ]);
  await saveInventory(result.inventory, api);
  return result;
}

export async function exportInventoryJson(api: ChromeApi = defaultChromeApi()): Promise<string> {
  return toJson(await loadInventory(api));
}
