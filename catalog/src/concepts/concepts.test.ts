/**
 * Concepts: the shared list in full, each tied to known standards, with national variants the
 * gap analysis can compare field by field, and terms in seven languages.
 */
import { describe, expect, it } from "vitest";
import { conceptSchema, LANGUAGES, type Concept } from "@gapmap/core";
import { standards } from "../standards";
import { concepts } from "./index";

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
const SHARED_STANDARD_IDS = [
  "un-1998",
  "un-eg-2021",
  "pr-census-rev3",
  "bpm6",
  "icls-2018",
  "irrs-2018",
  "iris-2020",
  "iross-2023",
  "eu-862-2007",
  "refugee-convention-1951",
  "guiding-principles-idp-1998",
  "sdg-global-framework",
  "unece-circular-2016",
  "palermo-protocols-2000",
  "icrmw-1990",
  "iom-migof-2015",
  "isced-2011",
  "isco-08",
  "sna-2008",
];

const parsed: Concept[] = concepts.map((c) => conceptSchema.parse(c));
const byId = new Map(parsed.map((c) => [c.id, c]));
const variant = (concept: string, id: string) =>
  byId.get(concept)?.variants.find((v) => v.id === id);

describe("concepts", () => {
  it("are exactly the shared concept IDs", () => {
    expect(parsed.map((c) => c.id).sort()).toEqual([...SHARED_CONCEPT_IDS].sort());
  });

  it("cite only shared standards (and those written so far resolve)", () => {
    const written = new Set(standards.map((s) => s.id));
    for (const c of parsed) {
      for (const s of c.standards) {
        expect(SHARED_STANDARD_IDS, c.id).toContain(s);
        if (written.size > 0) expect(written.has(s), `${c.id} → ${s}`).toBe(true);
      }
    }
  });

  it("give each variant a unique ID and at least one parameter that differs from the standard", () => {
    for (const c of parsed) {
      const ids = c.variants.map((v) => v.id);
      expect(new Set(ids).size, c.id).toBe(ids.length);
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

  it("have terms in all seven languages, and verified terms name their source", () => {
    for (const c of parsed) {
      const langs = new Set((c.terms ?? []).map((t) => t.lang));
      expect(
        LANGUAGES.filter((l) => !langs.has(l)),
        c.id,
      ).toEqual([]);
      for (const t of (c.terms ?? []).filter((x) => x.status === "verified")) {
        expect(t.source, `${c.id}: ${t.text}`).toBeTruthy();
      }
    }
  });
});
