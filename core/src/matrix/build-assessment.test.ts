import { describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { testActions } from "../gaps/testing/test-actions";
import { exampleInventory } from "../inventory/testing/example-inventory";
import { profileFromPreset } from "../needs/profile-from-preset";
import { assessmentSchema, gapsOf } from "./assessment-schema";
import { buildAssessment } from "./build-assessment";
import { smallAssessment, smallInventory, smallProfile } from "./testing/small-assessment";

function firstNeed() {
  const need = smallProfile.indicators[0];
  if (need === undefined) throw new Error("empty profile");
  return need;
}

describe("buildAssessment", () => {
  const assessment = smallAssessment();
  const row = (id: string) => assessment.rows.find((r) => r.indicator === id);

  it("has one row per needed indicator with availability, gaps and an action per gap", () => {
    expect(assessment.rows.map((r) => r.indicator)).toEqual(
      smallProfile.indicators.map((n) => n.indicator),
    );
    expect(row("immigration-flow")?.availability).toBe("partial");
    expect(row("emigration-flow")?.availability).toBe("none");
    for (const r of assessment.rows) {
      expect(r.actions.map((a) => a.gapType)).toEqual(gapsOf(r).map((g) => g.type));
    }
    expect(row("emigration-flow")?.actions[0]?.template).toBe("mirror-emigration");
    expect(row("remittances-received")?.actions.map((a) => a.responsibleAgency)).toContain(
      "Central Bank",
    );
  });

  it("summarises availability, gaps, actions and carries provenance", () => {
    expect(assessment.catalogueVersion).toBe(smallCatalogue.version);
    expect(assessment.date).toBe("2025-06-30");
    expect(assessment.inventoryOwner).toBe("Ministry of Interior");
    expect(assessment.summary.availability.none).toBe(2);
    expect(assessment.summary.gaps.data).toBe(2);
    expect(assessment.summary.actionCount).toBe(
      assessment.rows.reduce((n, r) => n + r.actions.length, 0),
    );
    expect(assessmentSchema.parse(JSON.parse(JSON.stringify(assessment)))).toEqual(assessment);
  });

  it("scores sections, themes and areas with priority weights", () => {
    const imm = row("immigration-flow")?.score ?? NaN;
    const emi = row("emigration-flow")?.score ?? NaN;
    const section = (id: string) => assessment.sections.find((s) => s.id === id)?.score;
    expect(section("A.2")).toBe(imm);
    // population-dynamics holds two high-priority indicators, so a plain mean.
    expect(assessment.themes.find((t) => t.id === "population-dynamics")?.score).toBeCloseTo(
      (imm + emi) / 2,
      1,
    );
    expect(assessment.areas.map((a) => a.id)).toEqual(["impact", "governance"]);
    expect(assessment.areas.find((a) => a.id === "governance")?.score).toBe(0);
  });

  it("adds manual financial gaps with an action, without changing the score", () => {
    const withFinance = buildAssessment(smallCatalogue, smallProfile, smallInventory, {
      actions: testActions,
      date: "2025-06-30",
      manualGaps: [
        { indicator: "immigration-flow", type: "financial", detail: "survey module not funded" },
      ],
    });
    const r = withFinance.rows.find((x) => x.indicator === "immigration-flow");
    expect(r?.actions.some((a) => a.gapType === "financial")).toBe(true);
    expect(r?.score).toBe(row("immigration-flow")?.score);
  });

  it("warns about profile indicators missing from the catalogue", () => {
    const profile = {
      ...smallProfile,
      indicators: [...smallProfile.indicators, { ...firstNeed(), indicator: "gone" }],
    };
    const result = buildAssessment(smallCatalogue, profile, smallInventory, {
      actions: testActions,
      date: "2025-01-01",
    });
    expect(result.warnings[0]).toContain('"gone"');
    expect(result.rows).toHaveLength(smallProfile.indicators.length);
  });

  it("runs on the real catalogue and the example inventory", () => {
    const catalogue = getCatalogue();
    const preset = catalogue.presets[0];
    if (preset === undefined) throw new Error("catalogue has no presets");
    const profile = profileFromPreset(catalogue, preset.id, { referenceYear: 2024 });
    const result = buildAssessment(catalogue, profile, exampleInventory, {
      actions: testActions,
      date: "2024-12-01",
    });
    expect(result.rows).toHaveLength(profile.indicators.length);
    expect(result.summary.overall).toBeGreaterThanOrEqual(0);
    const carried = result.rows.filter((r) => r.recordIds.length > 0);
    expect(carried.length).toBeGreaterThan(0);
  });
});
