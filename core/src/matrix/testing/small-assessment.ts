/** A small inventory and assessment over the hand-made test catalogue, shared by matrix tests. */
import { inventorySchema, type Inventory } from "../../inventory/source-record";
import { makeRecord, smallCatalogue } from "../../gaps/testing/small-catalogue";
import { testActions } from "../../gaps/testing/test-actions";
import { profileFromPreset } from "../../needs/profile-from-preset";
import type { Assessment } from "../assessment-schema";
import { buildAssessment } from "../build-assessment";

export const smallProfile = profileFromPreset(smallCatalogue, "small-preset", {
  referenceYear: 2025,
});

export const smallInventory: Inventory = inventorySchema.parse({
  schemaVersion: 1,
  owner: "Ministry of Interior",
  records: [
    makeRecord({
      id: "reg-imm",
      producer: "Migration Service, Statistics Unit",
      breakdowns: [{ kind: "sex" }, { kind: "age" }],
    }),
    makeRecord({
      id: "cb-remit",
      indicators: ["remittances-received"],
      producer: "Central Bank",
      sourceType: "central-bank",
      years: [2015, 2016],
      periodicity: "quarterly",
      breakdowns: [],
      access: "on-request",
      quality: ["estimate"],
    }),
  ],
});

export function smallAssessment(inventory: Inventory = smallInventory): Assessment {
  return buildAssessment(smallCatalogue, smallProfile, inventory, {
    actions: testActions,
    date: "2025-06-30",
  });
}
