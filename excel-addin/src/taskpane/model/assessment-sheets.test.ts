import { buildAssessment } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { sheetModelSchema } from "../../office/index";
import { catalogue } from "../testing/scan-fixture";
import { ACTION_LIBRARY } from "./action-library";
import { assessmentSheets, SHEET_NAMES } from "./assessment-sheets";
import { buildProfile } from "./needs-edits";
import { inventoryOf } from "./review";

describe("assessment → Office sheet models", () => {
  it("gives the adapter valid sheets: a summary, one matrix row per need, and an action per gap", () => {
    const preset = catalogue.presets[0];
    if (preset === undefined) throw new Error("no preset");
    const profile = buildProfile(catalogue, {
      presetId: preset.id,
      referenceYear: 2024,
      themes: [],
      overrides: {},
    });
    const empty = inventoryOf([]);
    const assessment = buildAssessment(catalogue, profile, empty, { actions: ACTION_LIBRARY });
    const sheets = assessmentSheets(assessment);
    for (const sheet of sheets) expect(sheetModelSchema.safeParse(sheet).success).toBe(true);
    expect(sheets.map((s) => s.name)).toEqual(Object.values(SHEET_NAMES));
    const [summary, matrix, actions] = sheets;
    expect(summary?.rows[0]).toEqual([
      "Overall",
      assessment.summary.overall,
      assessment.rows.length,
    ]);
    expect(matrix?.rows).toHaveLength(assessment.rows.length);
    // With no records every needed indicator lacks data, so each gets at least one action.
    expect(actions?.rows.length).toBeGreaterThanOrEqual(assessment.rows.length);
    expect(matrix?.rows.every((row) => String(row[5]).startsWith("not-met"))).toBe(true);
  });
});
