import { describe, expect, it } from "vitest";
import { indicatorSchema, type IndicatorInput } from "../catalogue/schema";
import { buildTermIndex } from "../search/term-index";
import { bestIndicatorForLabel, matchIndicators, MIN_INDICATOR_SCORE } from "./match-indicators";
import { isPlausibleNearMatch } from "./strict-resolver";

function indicator(id: string, name: string, synonyms: IndicatorInput["synonyms"]) {
  return indicatorSchema.parse({
    id,
    section: "A.2",
    name,
    definition: "Test indicator.",
    measure: "stock",
    unitFamily: "persons",
    requiredDimensions: [],
    series: [],
    standards: [],
    concepts: [],
    sourceTypes: ["test-source"],
    themes: [],
    synonyms,
  });
}

const index = buildTermIndex([
  indicator("stock-refugees", "Refugees hosted", {
    en: ["refugees", "refugee population"],
    fr: ["réfugiés"],
    ru: ["беженцы"],
  }),
  indicator("flow-asylum-applications", "Asylum applications", {
    en: ["asylum applications", "asylum applicants"],
    es: ["solicitudes de asilo"],
  }),
  indicator("remit-inflow", "Remittance inflows", {
    en: ["money transfers received from abroad", "remittances"],
  }),
  indicator("stock-emigrants", "Emigrant stock", { en: ["emigrant stock", "emigrants"] }),
  indicator("ctx-population", "Total population", {
    en: [{ text: "population", ambiguous: true }, "resident population"],
  }),
  indicator("demo-migrant-share", "Migrants as a share of total population", {
    en: ["share of migrants in population"],
  }),
]);

describe("matchIndicators", () => {
  it("finds a phrase contained in a long title and says where", () => {
    const [top] = matchIndicators(index, [
      {
        where: "title",
        text: "Table 9. Asylum applications and refugee status determination by country of asylum, 2015",
      },
    ]);
    expect(top?.id).toBe("flow-asylum-applications");
    expect(top?.evidence[0]?.where).toBe("title");
    expect(top?.evidence[0]?.matched.toLowerCase()).toBe("asylum applications");
  });

  it("matches in other languages and tolerates inflection", () => {
    expect(
      matchIndicators(index, [{ where: "title", text: "Solicitudes de asilo por nacionalidad" }])[0]
        ?.id,
    ).toBe("flow-asylum-applications");
    expect(matchIndicators(index, [{ where: "header", text: "Réfugiés reconnus" }])[0]?.id).toBe(
      "stock-refugees",
    );
  });

  it("adds evidence from several places, so corroborated matches rank higher", () => {
    const alone = matchIndicators(index, [{ where: "header", text: "Refugees" }])[0]?.score ?? 0;
    const both =
      matchIndicators(index, [
        { where: "header", text: "Refugees" },
        { where: "title", text: "Refugee population by origin" },
      ])[0]?.score ?? 0;
    expect(both).toBeGreaterThan(alone);
  });

  it("does not read 'migrant' as 'emigrant' nor report weak matches", () => {
    const hits = matchIndicators(index, [
      { where: "title", text: "International migrant stock at mid-year" },
    ]);
    expect(hits.map((h) => h.id)).not.toContain("stock-emigrants");
    for (const h of matchIndicators(index, [{ where: "unit", text: "refugees" }]))
      expect(h.score).toBeGreaterThanOrEqual(MIN_INDICATOR_SCORE);
  });
});

describe("generic words that do not name the measure", () => {
  const ids = (text: string, where: "title" | "header" = "title") =>
    matchIndicators(index, [{ where, text }]).map((h) => h.id);

  it("reads a rate's denominator as the base, not the measure", () => {
    expect(ids("Table 7b. Hospital beds per 10,000 population by province")).toEqual([]);
    expect(ids("Doctors per 1,000 resident population")).toEqual([]);
  });

  it("still matches a share whose phrase names more than the denominator", () => {
    expect(ids("International migrants as a share of total population")[0]).toBe(
      "demo-migrant-share",
    );
  });

  it("drops a generic word qualified by 'of …' or a classifier, keeps it plain", () => {
    expect(ids("Population of concern to UNHCR by type of accommodation")).toEqual([]);
    expect(ids("Population type", "header")).toEqual([]);
    expect(ids("Population by sex and age, 2020")[0]).toBe("ctx-population");
    expect(ids("Population of Mexico, 2020")[0]).toBe("ctx-population");
  });
});

describe("bestIndicatorForLabel", () => {
  it("returns the exact synonym's indicator with score 1", () => {
    expect(bestIndicatorForLabel(index, "Remittances")).toMatchObject({
      id: "remit-inflow",
      score: 1,
    });
  });

  it("returns nothing for an unrelated label", () => {
    expect(bestIndicatorForLabel(index, "Inflow")).toBeUndefined();
  });
});

describe("isPlausibleNearMatch", () => {
  it("takes a code only as written", () => {
    expect(isPlausibleNearMatch("tps00170", "tps00177")).toBe(false);
    expect(isPlausibleNearMatch("tps00170", "tps00177", true)).toBe(false);
    expect(isPlausibleNearMatch("tps00176", "tps00176")).toBe(true);
  });

  it("keeps inflections and typos, rejects changed prefixes and different words", () => {
    expect(isPlausibleNearMatch("refugees", "refugee")).toBe(true);
    expect(isPlausibleNearMatch("переводов", "переводы")).toBe(true);
    expect(isPlausibleNearMatch("migrant", "emigrant", true)).toBe(false);
    expect(isPlausibleNearMatch("international", "interregional")).toBe(false);
  });
});

describe("isPlausibleNearMatch on stem matches", () => {
  it("takes a long shared stem with a longer ending, not a short shared root", () => {
    expect(isPlausibleNearMatch("naturalized", "naturalizations", false, true)).toBe(true);
    expect(isPlausibleNearMatch("naturalized", "naturalizations")).toBe(false);
    expect(isPlausibleNearMatch("international", "internes", false, true)).toBe(false);
    expect(isPlausibleNearMatch("displaced", "displacement", false, true)).toBe(true);
    // One English stem ("intern"), seven shared letters, two meanings.
    expect(isPlausibleNearMatch("international", "internal", false, true)).toBe(false);
    expect(isPlausibleNearMatch("internal", "international", false, true)).toBe(false);
  });
});
