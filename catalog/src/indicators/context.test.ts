/**
 * Key-statistics entries: they parse, speak all seven languages, and the titles that WDI,
 * Rosstat and INSEE print for context tables find them rather than a migration indicator.
 */
import { describe, expect, it } from "vitest";
import { buildTermIndex, indicatorSchema, LANGUAGES, searchCatalogue } from "@gapmap/core";
import { coreIndicatorRows } from "../../../test/fixtures/shared-catalogue";
import { contextIndicators } from "./context";
import { labourIndicators } from "./labour";

const MIN_SYNONYMS = 20;
const own = contextIndicators.map((raw) => indicatorSchema.parse(raw));
// The by-status unemployment rate shares its bare words with the total rate.
const neighbours = labourIndicators.flatMap((raw) => {
  const parsed = indicatorSchema.safeParse(raw);
  return parsed.success ? [parsed.data] : [];
});
const index = buildTermIndex([...own, ...neighbours]);
const top = (query: string) => searchCatalogue(query, { index, limit: 1 })[0]?.id;

const HEADERS: [header: string, expected: string][] = [
  ["Population, total", "ctx-population"],
  ["Численность постоянного населения на 1 января", "ctx-population"],
  ["GDP per capita (current US$)", "ctx-gdp-per-capita"],
  ["PIB par habitant", "ctx-gdp-per-capita"],
  ["Human Development Index (HDI)", "ctx-hdi"],
  ["Labour force, total", "ctx-labour-force"],
  ["Экономически активное население", "ctx-labour-force"],
  ["Year of last census", "ctx-census-recency"],
];

describe("context indicators", () => {
  it("cover exactly the ctx- rows of core-indicators.csv", () => {
    const csvIds = coreIndicatorRows()
      .map((r) => r.id)
      .filter((id) => id.startsWith("ctx-"));
    expect(own.map((i) => i.id).sort()).toEqual(csvIds.sort());
  });

  it("carry at least 20 synonyms each, in all seven languages", () => {
    for (const ind of own) {
      expect(ind.synonyms.length, ind.id).toBeGreaterThanOrEqual(MIN_SYNONYMS);
      const langs = new Set(ind.synonyms.map((s) => s.lang));
      expect(
        LANGUAGES.filter((l) => !langs.has(l)),
        ind.id,
      ).toEqual([]);
    }
  });

  it("flag the bare unemployment-rate words as ambiguous", () => {
    const rate = own.find((i) => i.id === "ctx-unemployment-rate");
    const bare = rate?.synonyms.find((s) => s.text === "unemployment rate");
    expect(bare?.ambiguous).toBe(true);
  });

  it.each(HEADERS)("recognises %s as %s", (header, expected) => {
    expect(top(header)).toBe(expected);
  });
});
