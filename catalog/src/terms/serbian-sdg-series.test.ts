import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";
import { serbianSdgSeriesTerms } from "./serbian-sdg-series";

const best = (text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where: "title", text }])[0]?.id;

describe("Serbian SDG series names of Republika Srpska's statistics institute", () => {
  it("name their indicator in either script", () => {
    expect(best("Detektovane žrtve trgovine ljudima za seksualno iskorištavanje (broj)")).toBe(
      "flow-trafficking-victims",
    );
    expect(best("Детектоване жртве трговине људима за присилни рад, служност и ропство")).toBe(
      "flow-trafficking-victims",
    );
    expect(best("Ukupni smrtni slučajevi i nestanci zabilježeni tokom migracije")).toBe(
      "flow-missing-migrants",
    );
    expect(best("Количина дознака (у америчким доларима) као удио у укупном износу БДП-а")).toBe(
      "remit-inflow-gdp",
    );
  });

  it("keep each script's letters apart, but for the spellings the institute publishes", () => {
    for (const [id, byLang] of Object.entries(serbianSdgSeriesTerms)) {
      for (const term of byLang.sr ?? []) {
        const text = typeof term === "string" ? term : term.text;
        if (!/[а-я]/i.test(text)) continue;
        // «Просjечни» (Latin j) and the ILO acronym are as published; nothing else may be Latin.
        expect(text.replace("Просjечни", "").replace("ILO", ""), id).not.toMatch(/[a-z]/i);
      }
    }
  });
});
