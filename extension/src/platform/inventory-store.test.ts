import { toJson } from "@gapmap/core/inventory";
import { describe, expect, test } from "vitest";
import { createFakeChromeApi } from "./fake-chrome-api";
import {
  exportInventoryJson,
  importInventoryJson,
  loadInventory,
  saveRecord,
} from "./inventory-store";
import { STORAGE_KEYS } from "./storage-keys";
import { STORED_INVENTORY_VERSION } from "./stored-inventory";
import { webRecord } from "../testing/web-record";

describe("inventory store", () => {
  test("starts empty and saves a validated record in the current envelope", async () => {
    const api = createFakeChromeApi();
    expect((await loadInventory(api)).records).toEqual([]);
    await saveRecord(webRecord("r1", "https://stat.example/a", { title: "A" }), api);
    const stored = api.stored.get(STORAGE_KEYS.inventory) as { storageVersion: number };
    expect(stored.storageVersion).toBe(STORED_INVENTORY_VERSION);
    const [record] = (await loadInventory(api)).records;
    expect(record?.years).toEqual([2013, 2014]);
  });

  test("migrates the version-1 layout (a bare inventory) on read", async () => {
    const api = createFakeChromeApi({
      [STORAGE_KEYS.inventory]: {
        schemaVersion: 1,
        records: [webRecord("old", "https://stat.example/b", { title: "B" })],
      },
    });
    const inventory = await loadInventory(api);
    expect(inventory.records.map((r) => r.id)).toEqual(["old"]);
  });

  test("refuses storage written by a newer version instead of dropping it", async () => {
    const api = createFakeChromeApi({ [STORAGE_KEYS.inventory]: { storageVersion: 99 } });
    await expect(loadInventory(api)).rejects.toThrow(/storage version 99/);
  });

  test("reports an invalid record rather than saving it", async () => {
    const api = createFakeChromeApi();
    const bad = { ...webRecord("r1", "https://stat.example/a", { title: "A" }), indicators: [] };
    await expect(saveRecord(bad, api)).rejects.toThrow();
    expect(api.stored.has(STORAGE_KEYS.inventory)).toBe(false);
  });

  test("a failed write reaches the caller", async () => {
    const api = createFakeChromeApi();
    api.failWrites = "QUOTA_BYTES quota exceeded";
    await expect(
      saveRecord(webRecord("r1", "https://stat.example/a", { title: "A" }), api),
    ).rejects.toThrow(/quota/);
  });

  test("import merges with what is stored: new records added, identical ones not doubled", async () => {
    const api = createFakeChromeApi();
    await saveRecord(webRecord("mine", "https://stat.example/a", { title: "A" }), api);
    const file = toJson({
      schemaVersion: 1,
      records: [
        {
          ...webRecord("theirs-dup", "https://stat.example/a", { title: "A" }),
          proxy: false,
          years: [2013, 2014],
        },
        {
          ...webRecord("theirs-new", "https://stat.example/c", { title: "C" }),
          proxy: false,
          years: [2013, 2014],
        },
      ],
    });
    const result = await importInventoryJson(file, api);
    expect(result.duplicates).toHaveLength(1);
    const titles = (await loadInventory(api)).records.map((r) => r.title).sort();
    expect(titles).toEqual(["A", "C"]);
    expect(JSON.parse(await exportInventoryJson(api))).toMatchObject({ schemaVersion: 1 });
  });

  test("a broken import file changes nothing", async () => {
    const api = createFakeChromeApi();
    await saveRecord(webRecord("mine", "https://stat.example/a", { title: "A" }), api);
    await expect(importInventoryJson("{not json", api)).rejects.toThrow();
    expect((await loadInventory(api)).records).toHaveLength(1);
  });
});
