/**
 * Concepts: the shared list in full, with national variants the gap analysis can compare field
 * by field. (Standards resolving, unique variant IDs and terms in seven languages are checked
 * for the whole catalogue in catalogue.test.ts.)
 */
import { getCatalogue } from "../bundled/bundled-catalogue";
import { describe, expect, it } from "vitest";

const SHARED_CONCEPT_IDS = [
  "international-migrant",
  "long-term-migrant",
  "short-term-migrant",
  "usual-residence",
  "foreign-born",
  "foreign-citizen",
  "international-migrant-stock",
  "immigration-flow",
  "emigration-flow",
  "net-migration",
  "return-migrant",
  "circular-migration",
  "temporary-migration",
  "refugee",
  "asylum-seeker",
  "idp",
  "stateless-person",
  "diaspora",
  "personal-remittances",
  "personal-transfers",
  "compensation-of-employees",
  "migrant-worker",
  "seasonal-worker",
  "migratory-status",
  "internal-migrant",
  "trafficking-victim",
  "naturalisation",
  "irregular-migrant",
];
const parsed = getCatalogue().concepts;
const byId = new Map(parsed.map((c) => [c.id, c]));
const variant = (concept: string, id: string) =>
  byId.get(concept)?.variants.find((v) => v.id === id);

describe("concepts", () => {
  it("are exactly the shared concept IDs", () => {
    expect(parsed.map((c) => c.id).sort()).toEqual([...SHARED_CONCEPT_IDS].sort());
  });

  it("give each variant at least one parameter that differs from the standard", () => {
    for (const c of parsed) {
      for (const v of c.variants) {
        const differs = Object.entries(v.params).some(
          ([key, value]) => c.params[key as keyof typeof c.params] !== value,
        );
        expect(differs, `${c.id}/${v.id}`).toBe(true);
      }
    }
  });

  it("record the national variants named in the domain facts with their certainty", () => {
    expect(variant("long-term-migrant", "ru-place-of-stay-9-months")).toMatchObject({
      countries: ["RU"],
      status: "partly-verified",
      params: { residenceThresholdMonths: 9 },
    });
    expect(variant("foreign-born", "fr-immigre")).toMatchObject({
      countries: ["FR"],
      status: "verified",
      params: { migrantCriterion: "immigre" },
    });
    expect(variant("emigration-flow", "ro-emigranti-definitivi")?.status).toBe("verified");
    expect(
      variant("emigration-flow", "ro-emigranti-temporari")?.params.residenceThresholdMonths,
    ).toBe(12);
    expect(
      variant("usual-residence", "census-six-months-plus-one-day")?.params.residenceThresholdMonths,
    ).toBe(6);
    expect(variant("personal-remittances", "workers-remittances-bpm5")?.status).toBe("verified");
    for (const id of ["rs-prebivaliste", "ro-domiciliu", "ru-propiska"]) {
      expect(variant("usual-residence", id)?.params.residenceBasis, id).toBe("registered");
    }
  });
});
