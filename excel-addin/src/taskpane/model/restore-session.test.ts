import { INVENTORY_SCHEMA_VERSION, type Inventory, type SourceRecord } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { catalogue } from "../testing/scan-fixture";
import { buildProfile, type NeedsChoice } from "./needs-edits";
import {
  choiceFromProfile,
  EMPTY_CHOICE,
  SAVED_IMPORTS_OWNER,
  savedImports,
} from "./restore-session";

const preset = catalogue.presets[0];

describe("restoring a saved session", () => {
  it("recovers the preset, themes and overrides behind a saved needs profile", () => {
    if (preset === undefined) throw new Error("the catalogue has no presets");
    const base = buildProfile(catalogue, { ...EMPTY_CHOICE, presetId: preset.id });
    const [need] = base.indicators;
    if (need === undefined) throw new Error("empty preset");
    const choice: NeedsChoice = {
      presetId: preset.id,
      referenceYear: 2023,
      themes: [],
      overrides: {
        [need.indicator]: { priority: need.priority === "high" ? "low" : "high", maxAgeYears: 9 },
      },
    };
    const profile = buildProfile(catalogue, choice);
    expect(choiceFromProfile(catalogue, profile)).toEqual(choice);
    expect(buildProfile(catalogue, choiceFromProfile(catalogue, profile) ?? EMPTY_CHOICE)).toEqual(
      profile,
    );
  });

  it("gives up on profiles it cannot rebuild: custom lists and unknown presets", () => {
    if (preset === undefined) throw new Error("the catalogue has no presets");
    const profile = buildProfile(catalogue, { ...EMPTY_CHOICE, presetId: preset.id });
    const custom = { ...profile, preset: undefined };
    expect(choiceFromProfile(catalogue, custom)).toBeUndefined();
    expect(choiceFromProfile(catalogue, { ...profile, preset: "no-such-preset" })).toBeUndefined();
  });

  it("keeps imported records and drops those the scan of this file makes again", () => {
    const record = (id: string, file: string, origin: SourceRecord["origin"]): SourceRecord => ({
      id,
      indicators: ["stock-total"],
      location: { kind: "workbook", file, sheet: "S" },
      years: [],
      periodicity: "annual",
      breakdowns: [],
      geography: "national",
      access: "public",
      quality: [],
      proxy: false,
      origin,
    });
    const inventory: Inventory = {
      schemaVersion: INVENTORY_SCHEMA_VERSION,
      records: [
        record("own", "mine.xlsx", "scan"),
        record("theirs", "theirs.xlsx", "scan"),
        record("typed", "mine.xlsx", "template"),
      ],
    };
    const imports = savedImports(inventory, "mine.xlsx");
    expect(imports?.owner).toBe(SAVED_IMPORTS_OWNER);
    expect(imports?.inventory.records.map((r) => r.id)).toEqual(["theirs", "typed"]);
    expect(
      savedImports({ ...inventory, records: [record("own", "mine.xlsx", "scan")] }, "mine.xlsx"),
    ).toBeUndefined();
  });
});
