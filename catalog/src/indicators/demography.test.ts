/**
 * Demography entries (B.1, B.4): units fit what they measure, and the titles statistics offices
 * print find the right entry in the whole catalogue rather than the stock they derive from.
 */
import { describe, expect, it } from "vitest";
import { catalogueEntries } from "../testing/family-entries";
import { expectTopHit } from "../testing/family-search";
import { demographyIndicators } from "./demography";

const demography = catalogueEntries(demographyIndicators);

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
  it("measure shares in percent and births as events", () => {
    const unit = new Map(demography.map((d) => [d.id, d.unitFamily]));
    expect(unit.get("demo-migrant-share")).toBe("percent");
    expect(unit.get("demo-migration-population-change")).toBe("percent");
    expect(unit.get("demo-births-foreign-mothers")).toBe("events");
  });

  it.each(TITLES)("find %s first", (title, expected) => {
    expectTopHit(title, expected);
  });
});
