import { describe, expect, it } from "vitest";
import { catalogue } from "../testing/scan-fixture";
import { buildProfile, defaultReferenceYear } from "./needs-edits";

describe("needs choices → profile", () => {
  const preset = catalogue.presets[0];

  it("starts from the preset and applies per-indicator overrides", () => {
    if (preset === undefined) throw new Error("no preset");
    const base = buildProfile(catalogue, {
      presetId: preset.id,
      referenceYear: 2024,
      themes: [],
      overrides: {},
    });
    expect(base.indicators.map((n) => n.indicator)).toEqual(preset.items.map((i) => i.indicator));
    const target = base.indicators[0];
    if (target === undefined) throw new Error("empty preset");
    const edited = buildProfile(catalogue, {
      presetId: preset.id,
      referenceYear: 2024,
      themes: catalogue.policyThemes.slice(0, 1).map((t) => t.id),
      overrides: { [target.indicator]: { breakdowns: ["sex"], maxAgeYears: 5, priority: "low" } },
    });
    const need = edited.indicators[0];
    expect(need).toMatchObject({
      breakdowns: ["sex"],
      timeliness: { kind: "max-age", years: 5 },
      priority: "low",
    });
    expect(edited.themes).toHaveLength(1);
    expect(edited.indicators.slice(1)).toEqual(base.indicators.slice(1));
  });

  it("refuses a preset the catalogue does not have", () => {
    expect(() =>
      buildProfile(catalogue, {
        presetId: "no-such-preset",
        referenceYear: 2024,
        themes: [],
        overrides: {},
      }),
    ).toThrow(/no-such-preset/);
  });

  it("reports on the year before the current one", () => {
    expect(defaultReferenceYear(new Date("2026-03-01"))).toBe(2025);
  });
});
