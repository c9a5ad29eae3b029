import { describe, expect, it } from "vitest";
import { findInconsistencies } from "./inconsistencies";
import { detectUnit, unitInText } from "./unit-detect";

describe("unitInText", () => {
  it.each([
    ["(thousand USD)", "thousand USD"],
    ["(mln AMD)", "mln AMD"],
    ["Table 2: Total population (thousands)", "thousands"],
    ["Population, in thousands of persons", "thousands of persons"],
    ["в тысячах рублей", "тысячах рублей"],
    ["Recognition rates (%)", "%"],
  ])("%s → %s", (text, unit) => {
    expect(unitInText(text)).toBe(unit);
  });

  it("ignores parentheses that are not units", () => {
    expect(unitInText("Asylum-seekers (pending cases)")).toBeUndefined();
    expect(unitInText("Developed regions (b)")).toBeUndefined();
  });
});

describe("detectUnit", () => {
  it("prefers metadata, then the corner cell, then the title", () => {
    const base = {
      cornerTexts: ["(thousand USD)"],
      title: "Transfers (mln AMD)",
      headerLabels: [],
    };
    expect(detectUnit({ ...base, metadataUnit: "Person" })).toEqual({
      unit: "Person",
      source: "metadata",
    });
    expect(detectUnit(base)).toEqual({ unit: "thousand USD", source: "corner" });
    expect(detectUnit({ ...base, cornerTexts: [] })).toEqual({ unit: "mln AMD", source: "title" });
  });

  it("reads a table of percentage columns as percent", () => {
    expect(
      detectUnit({ cornerTexts: [], title: null, headerLabels: ["Share (%)", "Rate (%)"] })?.unit,
    ).toBe("%");
  });
});

describe("findInconsistencies", () => {
  it("flags a sheet named in AMD whose unit is USD", () => {
    const warnings = findInconsistencies({
      sheetName: "annual in AMD",
      title: null,
      unit: "thousand USD",
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("AMD");
  });

  it("stays quiet when they agree", () => {
    expect(
      findInconsistencies({ sheetName: "annual in USD", title: "in USD", unit: "thousand USD" }),
    ).toEqual([]);
  });
});
