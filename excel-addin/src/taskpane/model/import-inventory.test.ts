import { toCsv, toJson, toXlsx } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { catalogue, scannedFixture, SCAN_FIXTURE } from "../testing/scan-fixture";
import { describeImportError, parseInventoryFile } from "./import-inventory";
import { mergeWithImports } from "./merge-imports";
import { acceptedRecords, initialReview, inventoryOf, type TableReview } from "./review";

async function ownInventory() {
  const found = await scannedFixture();
  const reviews = new Map<string, TableReview>(
    found.map((f) => {
      const review = initialReview(f, catalogue);
      return [f.key, { ...review, status: review.indicators.length > 0 ? "accepted" : "pending" }];
    }),
  );
  return inventoryOf(acceptedRecords(SCAN_FIXTURE, found, reviews));
}

describe("importing other inventories", () => {
  it("reads JSON, CSV and .xlsx exports back into the same records", async () => {
    const own = await ownInventory();
    expect(own.records.length).toBeGreaterThan(0);
    const encode = (text: string) => new TextEncoder().encode(text);
    for (const [name, bytes] of [
      ["m.json", encode(toJson(own))],
      ["m.csv", encode(toCsv(own))],
      ["m.xlsx", await toXlsx(own)],
    ] as const) {
      const parsed = await parseInventoryFile(name, bytes);
      expect(
        parsed.records.map((r) => r.id),
        name,
      ).toEqual(own.records.map((r) => r.id));
    }
  });

  it("drops an identical record from another ministry as a duplicate", async () => {
    const own = await ownInventory();
    const merged = mergeWithImports(own, [{ owner: "interior.json", inventory: own }]);
    expect(merged.inventory.records).toHaveLength(own.records.length);
    expect(merged.duplicates.flatMap((d) => d.dropped).length).toBe(own.records.length);
  });

  it("says which file and field is wrong", async () => {
    const error = await parseInventoryFile(
      "bad.json",
      new TextEncoder().encode('{"records": 5}'),
    ).catch((e: unknown) => e);
    expect(describeImportError("bad.json", error)).toMatch(/^bad\.json: .*records/);
  });
});
