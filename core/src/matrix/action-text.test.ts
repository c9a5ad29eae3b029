/** Action texts in the report's or pane's language, re-filled from the translated templates. */
import { describe, expect, it } from "vitest";
import { actions, getCatalogue } from "@gapmap/catalog";
import { UNKNOWN_AGENCY } from "../gaps/plan-actions";
import { exampleInventory } from "../inventory/testing/example-inventory";
import { profileFromPreset } from "../needs/profile-from-preset";
import { actionTexts } from "./action-text";
import { buildAssessment } from "./build-assessment";

const catalogue = getCatalogue();
const profile = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2025 });
const assessment = buildAssessment(catalogue, profile, exampleInventory, {
  actions,
  date: "2025-06-30",
});
const planned = assessment.rows.flatMap((row) => row.actions.map((action) => ({ row, action })));

describe("actionTexts", () => {
  it("keeps English exactly as planned", () => {
    for (const { row, action } of planned) {
      expect(actionTexts(catalogue, assessment, row, action, "en")).toEqual({
        title: action.title,
        description: action.description,
        timeline: action.timeline,
        responsibleAgency: action.responsibleAgency,
      });
    }
  });

  it.each(["fr", "es", "ru"] as const)("translates every planned action into %s", (lang) => {
    expect(planned.length).toBeGreaterThan(50);
    for (const { row, action } of planned) {
      const texts = actionTexts(catalogue, assessment, row, action, lang);
      const where = `${action.id} ${lang}`;
      expect(texts.title, where).not.toBe(action.title);
      expect(texts.description, where).not.toBe(action.description);
      expect(texts.timeline, where).not.toBe(action.timeline);
      // Agency names come from the inventory or the source types, in English (not translated).
      const own = `${texts.title} ${texts.description}`.replaceAll(texts.responsibleAgency, "");
      expect(own, where).not.toMatch(/[{}]|\bthe\b|undefined/);
      if (action.responsibleAgency === UNKNOWN_AGENCY) {
        expect(texts.responsibleAgency).not.toBe(UNKNOWN_AGENCY);
      }
    }
  });

  it("names the indicator and the breakdowns in the language", () => {
    const found = planned.find(({ action }) => action.template === "disaggregation-tabulate");
    expect(found).toBeDefined();
    if (found === undefined) return;
    const french = actionTexts(catalogue, assessment, found.row, found.action, "fr");
    const name = catalogue.displayNames.indicator[found.action.indicator]?.fr?.text ?? "";
    expect(french.title).toContain(`«\u00a0${name}\u00a0»`);
    expect(french.title).toMatch(/ par [a-zà-ÿ]/);
  });

  it("keeps a title or description someone edited", () => {
    const first = planned[0];
    expect(first).toBeDefined();
    if (first === undefined) return;
    const edited = { ...first.action, title: "Our own wording" };
    const texts = actionTexts(catalogue, assessment, first.row, edited, "ru");
    expect(texts.title).toBe("Our own wording");
    expect(texts.description).not.toBe(first.action.description);
  });
});
