/**
 * Gap explanations as messages: English stays word for word what the checks store, and French,
 * Spanish and Russian render every message without English left in.
 */
import { describe, expect, it } from "vitest";
import { actions, getCatalogue } from "@gapmap/catalog";
import { exampleInventory } from "../inventory/testing/example-inventory";
import { buildAssessment } from "../matrix/build-assessment";
import { profileFromPreset } from "../needs/profile-from-preset";
import { gapDetailText } from "./gap-detail-text";
import { gapMessageSchema, type GapMessage } from "./gap-message";

const catalogue = getCatalogue();

/** One of each message, with values that exercise every word table. */
const EVERY_MESSAGE: GapMessage[] = [
  { id: "data.none" },
  { id: "data.proxy" },
  { id: "data.available" },
  { id: "disaggregation.met" },
  { id: "disaggregation.missing", breakdowns: ["sex", "age", "migratory-status"] },
  { id: "reporting.unknown", needed: "annual" },
  { id: "reporting.met", published: "quarterly" },
  { id: "reporting.short", published: "multi-year", needed: "annual" },
  { id: "timeliness.noYears", needed: 2022 },
  { id: "timeliness.met", latest: 2024 },
  { id: "timeliness.late", latest: 2015, needed: 2022 },
  { id: "geographic.none", needed: "admin-1" },
  { id: "geographic.met", available: "admin-2" },
  { id: "geographic.short", available: "national", needed: "admin-1" },
  { id: "definition.noStandard" },
  { id: "definition.standard" },
  { id: "definition.undocumented" },
  {
    id: "definition.differs",
    deviations: [
      { field: "residenceThresholdMonths", record: 9, standard: 12, standardLabel: "UN 1998" },
      {
        field: "residenceBasis",
        record: "registered",
        standard: "usual",
        concept: "usual-residence",
      },
      { field: "includesCitizens", record: false, standard: true, standardLabel: "UN 1998" },
    ],
  },
  {
    id: "definition.differs",
    deviations: [{ concept: "usual-residence", variant: "ru-propiska" }],
  },
  { id: "records.none" },
  { id: "access.public" },
  { id: "access.level", access: "on-request" },
  { id: "openness.undocumented" },
  { id: "openness.met" },
  {
    id: "openness.lacks",
    lacking: [
      { element: "machineReadable", partly: false },
      { element: "downloadOptions", partly: true },
      { element: "openLicence", partly: false },
    ],
  },
  { id: "quality.met" },
  { id: "quality.flags", flags: ["estimate", "break-in-series"] },
];

/** English words the checks use (not those the other languages share, such as "proxy"); none may survive in another language's sentence. */
const ENGLISH =
  /\b(the|not|of|and|vs|missing|published|needed|available|records?|level|latest|years?|access|publicly|quality|flags|lacks|partly|months|national variant|breakdowns|annual|quarterly|registered|usual|estimate|included|excluded|admin-\d|on-request|follows|documented|compare)\b/i;

describe("gap messages", () => {
  it("covers every message ID in the schema", () => {
    const ids = new Set(EVERY_MESSAGE.map((m) => m.id));
    expect([...ids].sort()).toEqual(
      [...gapMessageSchema.options.map((o) => o.shape.id.value)].sort(),
    );
  });

  it.each(["fr", "es", "ru"] as const)("renders every message in %s without English", (lang) => {
    for (const message of EVERY_MESSAGE) {
      const text = gapDetailText({ detail: "English", message }, lang, catalogue);
      expect(text, message.id).not.toMatch(ENGLISH);
      expect(text, message.id).not.toMatch(/undefined|\{|\}/);
      expect(text.length, message.id).toBeGreaterThan(5);
    }
  });

  it("uses Intl lists, plural forms and the catalogue's names", () => {
    const missing: GapMessage = { id: "disaggregation.missing", breakdowns: ["sex", "age"] };
    expect(gapDetailText({ detail: "", message: missing }, "fr", catalogue)).toMatch(/ et /);
    expect(gapDetailText({ detail: "", message: missing }, "ru", catalogue)).toMatch(/ и /);
    const months = (n: number): GapMessage => ({
      id: "definition.differs",
      deviations: [
        { field: "residenceThresholdMonths", record: n, standard: 12, standardLabel: "UN 1998" },
      ],
    });
    expect(gapDetailText({ detail: "", message: months(3) }, "ru", catalogue)).toContain(
      "3 месяца вместо 12 месяцев",
    );
    expect(gapDetailText({ detail: "", message: months(1) }, "es", catalogue)).toContain(
      "1 mes en lugar de 12 meses",
    );
    const variant: GapMessage = {
      id: "definition.differs",
      deviations: [{ concept: "usual-residence", variant: "ru-propiska" }],
    };
    expect(gapDetailText({ detail: "", message: variant }, "fr", catalogue)).toContain(
      "Enregistrement au lieu de résidence (propiska), Russie",
    );
  });

  it("keeps the stored English, hand-entered details and languages without a table", () => {
    const check = { detail: "stored words", message: { id: "data.none" } as const };
    expect(gapDetailText(check, "en", catalogue)).toBe("stored words");
    expect(gapDetailText(check, "ar", catalogue)).toBe("stored words");
    expect(gapDetailText({ detail: "budget cut in 2024" }, "fr", catalogue)).toBe(
      "budget cut in 2024",
    );
  });

  it("stores, for every check of a real assessment, a message whose English is its detail", () => {
    const profile = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2025 });
    const assessment = buildAssessment(catalogue, profile, exampleInventory, {
      actions,
      date: "2025-06-30",
    });
    const checks = assessment.rows.flatMap((row) => row.checks);
    expect(checks.length).toBeGreaterThan(100);
    const ids = new Set<string>();
    for (const check of checks) {
      expect(check.message, check.detail).toBeDefined();
      if (check.message !== undefined) ids.add(check.message.id);
      const french = gapDetailText(check, "fr", catalogue);
      expect(french, check.detail).not.toBe(check.detail);
      expect(french, check.detail).not.toMatch(ENGLISH);
    }
    expect(ids.size).toBeGreaterThan(8);
  });
});
