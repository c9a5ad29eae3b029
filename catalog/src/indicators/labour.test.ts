/**
 * Labour indicators (labour.ts with labour-conditions.ts appended): the entries parse, every
 * "-by-status" term names the migrant group in each language, and real or official headers
 * find the right entry. The index holds these entries alone, so the checks do not wait for the
 * rest of the catalogue.
 */
import { describe, expect, it } from "vitest";
import {
  buildTermIndex,
  indicatorSchema,
  LANGUAGES,
  searchCatalogue,
  type Indicator,
} from "@gapmap/core";
import { labourIndicators } from "./labour";
import { MIGRANT_WORDS } from "./migrant-words";

const MIN_SYNONYMS = 20;
const entries: Indicator[] = labourIndicators.map((raw) => indicatorSchema.parse(raw));
const index = buildTermIndex(entries);
const top = (query: string) => searchCatalogue(query, { index, limit: 1 })[0];

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
  it("cover the ten labour- IDs with at least 20 synonyms in all seven languages", () => {
    expect(entries.filter((i) => i.id.startsWith("labour-"))).toHaveLength(10);
    for (const ind of entries) {
      expect(ind.synonyms.length, ind.id).toBeGreaterThanOrEqual(MIN_SYNONYMS);
      const langs = new Set(ind.synonyms.map((s) => s.lang));
      expect(
        LANGUAGES.filter((l) => !langs.has(l)),
        ind.id,
      ).toEqual([]);
    }
  });

  it("name the migrant group in every synonym of the by-status indicators", () => {
    const byStatus = entries.filter((i) => i.id.endsWith("-by-status"));
    expect(byStatus.length).toBeGreaterThanOrEqual(4);
    for (const ind of byStatus) {
      const generic = ind.synonyms.filter((s) => !MIGRANT_WORDS[s.lang].test(s.text));
      expect(
        generic.map((s) => s.text),
        ind.id,
      ).toEqual([]);
    }
  });

  it("leave the total unemployment rate to the context indicator", () => {
    const hit = top("unemployment rate");
    expect(hit?.id).toBe("labour-unemployment-rate-by-status");
    expect(hit?.score ?? 1).toBeLessThan(1);
  });

  it.each(HEADERS)("recognises %s as %s", (header, expected) => {
    expect(top(header)?.id).toBe(expected);
  });
});
