import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCsv, toCsv } from "./inventory-csv";
import { fromJson, toJson } from "./inventory-json";
import { fromXlsx, toXlsx } from "./inventory-xlsx";
import type { Inventory } from "./source-record";
import { inventoryArb } from "./testing/arbitrary-inventory";
import { exampleInventory } from "./testing/example-inventory";

/** CSV holds records only; the owner travels beside it. */
const ownerOf = (inventory: Inventory) =>
  inventory.owner === undefined ? {} : { owner: inventory.owner };

/** exceljs is slow; fewer runs keep the suite quick on two cores. */
const XLSX_RUNS = 25;

describe("lossless round trips, realistic records (Cyrillic, Arabic, Serbian Latin)", () => {
  it("JSON", () => {
    expect(fromJson(toJson(exampleInventory))).toStrictEqual(exampleInventory);
  });

  it("CSV, written with a BOM and one header line", () => {
    const csv = toCsv(exampleInventory);
    expect(csv.startsWith("\uFEFFid,title,indicators,")).toBe(true);
    expect(csv).toContain("2015-2020; 2022");
    expect(csv).toContain("country:citizenship; sex; age");
    expect(fromCsv(csv, ownerOf(exampleInventory))).toStrictEqual(exampleInventory);
  });

  it(".xlsx, as plain bytes", async () => {
    const bytes = await toXlsx(exampleInventory);
    expect(bytes.constructor).toBe(Uint8Array);
    expect(await fromXlsx(bytes)).toStrictEqual(exampleInventory);
    expect(await fromXlsx(bytes.slice().buffer)).toStrictEqual(exampleInventory);
  });
});

describe("lossless round trips, arbitrary valid inventories", () => {
  it("JSON", () => {
    fc.assert(
      fc.property(inventoryArb, (inventory) => {
        expect(fromJson(toJson(inventory))).toStrictEqual(inventory);
      }),
    );
  });

  it("CSV", () => {
    fc.assert(
      fc.property(inventoryArb, (inventory) => {
        expect(fromCsv(toCsv(inventory), ownerOf(inventory))).toStrictEqual(inventory);
      }),
    );
  });

  it(".xlsx", async () => {
    await fc.assert(
      fc.asyncProperty(inventoryArb, async (inventory) => {
        expect(await fromXlsx(await toXlsx(inventory))).toStrictEqual(inventory);
      }),
      { numRuns: XLSX_RUNS },
    );
  });
});
