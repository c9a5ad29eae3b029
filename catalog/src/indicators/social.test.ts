/**
 * Social, education and health entries (social.ts with education-health.ts appended): by-status
 * terms name the migrant group, and typical headers find their entry in the whole catalogue.
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit } from "../testing/family-search";
import { MIGRANT_WORDS } from "./migrant-words";
import { socialIndicators } from "./social";

const entries = catalogueEntries(socialIndicators);

const HEADERS: [header: string, expected: string][] = [
  ["Taux de pauvreté des immigrés", "social-poverty-by-status"],
  ["Fuga de cerebros", "edu-tertiary-emigration-rate"],
  ["Odliv mozgova", "edu-tertiary-emigration-rate"],
  ["Emigrarea medicilor", "health-worker-emigration"],
  ["Уровень образования мигрантов", "edu-attainment-by-status"],
  ["ODA for scholarships", "edu-scholarships-oda"],
  ["Registro de nacimiento de niños migrantes", "social-birth-registration"],
  ["التغطية الصحية للمهاجرين", "health-coverage-by-status"],
];

describe("social, education and health entries", () => {
  it("cover the edu-, health- and social- IDs", () => {
    const prefixes = ["edu-", "health-", "social-"].map(
      (p) => entries.filter((i) => i.id.startsWith(p)).length,
    );
    expect(prefixes).toEqual([4, 2, 5]);
  });

  it("name the migrant group in every synonym of the by-status indicators", () => {
    for (const ind of entries.filter((i) => i.id.endsWith("-by-status"))) {
      const generic = ind.synonyms.filter((s) => !MIGRANT_WORDS[s.lang].test(s.text));
      expect(
        generic.map((s) => s.text),
        ind.id,
      ).toEqual([]);
    }
  });

  it.each(HEADERS)("recognises %s as %s", (header, expected) => {
    expectTopHit(header, expected);
  });
});
