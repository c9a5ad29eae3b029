/**
 * Demography entries (B.1, B.4): they parse, carry synonyms in all seven languages, and the
 * titles statistics offices print find the right entry rather than the stock they derive from.
 */
import { describe, expect, it } from "vitest";
import {
  buildTermIndex,
  indicatorSchema,
  LANGUAGES,
  searchCatalogue,
  type Indicator,
} from "@gapmap/core";
import { demographyIndicators } from "./demography";
import { stockIndicators } from "./stocks";

const MIN_SYNONYMS = 20;
const MIN_PER_LANGUAGE = 3;

const demography: Indicator[] = demographyIndicators.map((raw) => indicatorSchema.parse(raw));
// The immigrant stock is included so the share is shown to beat the stock it is computed from.
const index = buildTermIndex([
  ...demography,
  ...stockIndicators.map((raw) => indicatorSchema.parse(raw)),
]);
const topId = (query: string) => searchCatalogue(query, { index, limit: 1 })[0]?.id;

const TITLES: [title: string, expected: string][] = [
  [
    "Table 3: International migrant stock as a percentage of the total population by sex and by region, country or area of destination, 1990-2020",
    "demo-migrant-share",
  ],
  ["Part des immigrés dans la population", "demo-migrant-share"],
  ["Variation due au solde apparent des entrées sorties", "demo-migration-population-change"],
  ["Nacimientos por nacionalidad de la madre", "demo-births-foreign-mothers"],
  ["Živorođeni prema državljanstvu majke", "demo-births-foreign-mothers"],
  ["Copii cu părinți plecați la muncă în străinătate", "demo-children-left-behind"],
  ["Children left behind", "demo-children-left-behind"],
];

describe("demography entries", () => {
  it("carry at least 20 synonyms each, with at least three in every language", () => {
    for (const ind of demography) {
      expect(ind.synonyms.length, ind.id).toBeGreaterThanOrEqual(MIN_SYNONYMS);
      for (const lang of LANGUAGES) {
        const count = ind.synonyms.filter((s) => s.lang === lang).length;
        expect(count, `${ind.id} ${lang}`).toBeGreaterThanOrEqual(MIN_PER_LANGUAGE);
      }
    }
  });

  it("measure shares in percent and births as events", () => {
    const unit = new Map(demography.map((d) => [d.id, d.unitFamily]));
    expect(unit.get("demo-migrant-share")).toBe("percent");
    expect(unit.get("demo-migration-population-change")).toBe("percent");
    expect(unit.get("demo-births-foreign-mothers")).toBe("events");
  });

  it.each(TITLES)("find %s first", (title, expected) => {
    expect(topId(title)).toBe(expected);
  });
});
