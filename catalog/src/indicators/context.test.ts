/**
 * Key-statistics entries: they are exactly the ctx- rows of the reference list, and the titles
 * that WDI, Rosstat and INSEE print for context tables find them rather than a migration
 * indicator in the whole catalogue.
 */
import { describe, expect, it } from "vitest";
import { coreIndicatorRows } from "../../../test/fixtures/shared-catalogue";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit } from "../testing/family-search";
import { contextIndicators } from "./context";

const own = catalogueEntries(contextIndicators);

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

  it("flag the bare unemployment-rate words as ambiguous", () => {
    const rate = own.find((i) => i.id === "ctx-unemployment-rate");
    const bare = rate?.synonyms.find((s) => s.text === "unemployment rate");
    expect(bare?.ambiguous).toBe(true);
  });

  it.each(HEADERS)("recognises %s as %s", (header, expected) => {
    expectTopHit(header, expected);
  });
});
