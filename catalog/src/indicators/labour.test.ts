/**
 * Labour indicators (labour.ts with labour-conditions.ts appended): every "-by-status" term names
 * the migrant group in each language, and real or official headers find the right entry in the
 * whole catalogue.
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit, topHits } from "../testing/family-search";
import { labourIndicators } from "./labour";
import { MIGRANT_WORDS } from "./migrant-words";

const LABOUR_ID_COUNT = 10;
const entries = catalogueEntries(labourIndicators);

const HEADERS: [header: string, expected: string][] = [
  ["Taux de chômage des immigrés", "labour-unemployment-rate-by-status"],
  ["Tasa de desempleo de los migrantes", "labour-unemployment-rate-by-status"],
  ["Уровень безработицы мигрантов", "labour-unemployment-rate-by-status"],
  ["Employment rate by country of birth", "labour-employment-rate-by-status"],
  ["Rata de ocupare a imigranților", "labour-employment-rate-by-status"],
  ["NEET rate by migratory status", "labour-neet-by-status"],
  ["Recruitment cost", "labour-recruitment-cost"],
  ["Costul de recrutare", "labour-recruitment-cost"],
  [
    "Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status",
    "labour-occupational-injuries",
  ],
  ["Trabajo infantil", "labour-child-labour"],
  ["Zaposlenost povratnika", "labour-returnee-employment"],
];

describe("labour entries", () => {
  it("cover the ten labour- IDs", () => {
    expect(entries.filter((i) => i.id.startsWith("labour-"))).toHaveLength(LABOUR_ID_COUNT);
  });

  it("name the migrant group in every synonym of the by-status indicators", () => {
    const byStatus = entries.filter((i) => i.id.endsWith("-by-status"));
    expect(byStatus.length).toBeGreaterThanOrEqual(4);
    for (const ind of byStatus) {
      // Dataset codes are identifiers, not words: they name the breakdown by being that dataset.
      const generic = ind.synonyms.filter(
        (s) => s.kind !== "code" && !MIGRANT_WORDS[s.lang].test(s.text),
      );
      expect(
        generic.map((s) => s.text),
        ind.id,
      ).toEqual([]);
    }
  });

  it("leave the total unemployment rate to the context indicator", () => {
    const [total, byStatus] = topHits("unemployment rate", 2);
    expect(total?.id).toBe("ctx-unemployment-rate");
    expect(byStatus?.id).toBe("labour-unemployment-rate-by-status");
    expect(byStatus?.score ?? 1).toBeLessThan(1);
  });

  it.each(HEADERS)("recognises %s as %s", (header, expected) => {
    expectTopHit(header, expected);
  });
});
