import { describe, expect, it } from "vitest";
import { labelClauses } from "./label-clauses";

describe("labelClauses", () => {
  it("puts the base of a rate or share in the denominator", () => {
    expect([...labelClauses("Hospital beds per 10,000 population").denominator]).toEqual([
      "population",
    ]);
    expect([...labelClauses("Lits pour 1 000 habitants, par région").denominator]).toEqual([
      "habitants",
    ]);
    expect([...labelClauses("Debt as % of total population").denominator]).toEqual(["population"]);
    expect([...labelClauses("Врачей на 10 000 человек населения").denominator]).toEqual([
      "человек",
      "населения",
    ]);
  });

  it("keeps the measure outside the denominator", () => {
    const c = labelClauses("Migrants as a share of total population");
    expect(c.outsideDenominator).toEqual(expect.arrayContaining(["migrants", "share"]));
    expect(c.outsideDenominator).not.toContain("population");
  });

  it("reads the migrants a leading share word names as what is counted, not the base", () => {
    expect(labelClauses("Porcentaje de población extranjera").denominator.size).toBe(0);
    expect(labelClauses("Percentage of foreign-born, 2020").outsideDenominator).toContain(
      "foreign",
    );
    // A leading share of something else still names its base; a share after the measure too.
    expect([
      ...labelClauses("Percentage of the labour force who are unemployed").denominator,
    ]).toEqual(["labour", "force"]);
    expect([...labelClauses("Remittances, % of foreign population").denominator]).toEqual([
      "foreign",
      "population",
    ]);
  });

  it("finds no denominator in a plain label or before a year", () => {
    expect(labelClauses("Population by sex, 2020").denominator.size).toBe(0);
    expect(labelClauses("Población de 2020 por entidad").denominator.size).toBe(0);
  });

  it("treats a word qualified by 'of …' or a classifier as not plain, but not 'of <place>'", () => {
    expect(labelClauses("Population of concern to UNHCR").plain).not.toContain("population");
    expect(labelClauses("Population type").plain).not.toContain("population");
    expect(labelClauses("Type of population").plain).not.toContain("population");
    expect(labelClauses("Population of Mexico, 2020").plain).toContain("population");
    expect(labelClauses("Population start-2015").plain).toContain("population");
  });
});
