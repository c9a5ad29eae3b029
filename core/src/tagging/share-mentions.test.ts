import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import type { Language } from "../catalogue/vocabulary";
import { contextIndicatorIds } from "./context-mentions";
import { createMentionMatcher } from "./mention-matcher";
import { selectPageMentions } from "./page-mentions";
import { MIGRANT_SHARE_ID } from "./share-mentions";

const contextIds = contextIndicatorIds(getCatalogue());
const measures = new Map(getCatalogue().indicators.map((i) => [i.id, i.measure]));

/** The reported mentions of `text` as `gapmap tag` selects them for a page in `lang`. */
function reported(lang: Language, text: string): { id: string; text: string }[] {
  const matcher = createMentionMatcher(getCatalogueIndex(), { lang });
  return selectPageMentions(matcher.findMentions(text), text, {
    contextIds,
    measureOf: (id) => measures.get(id),
    lang,
  }).map((m) => ({ id: m.id, text: m.text }));
}

describe("a share word before a migrant group", () => {
  const cases: [Language, string, string][] = [
    [
      "en",
      "Percentage of foreigners in the total population: 25%",
      "Percentage of foreigners in the total population",
    ],
    ["en", "The share of immigrants rose to 14%.", "share of immigrants"],
    ["fr", "La part des étrangers est de 25 %.", "part des étrangers"],
    ["fr", "Proportion d'étrangers dans la population totale", "Proportion d'étrangers"],
    ["es", "Porcentaje de extranjeros en la población total", "Porcentaje de extranjeros"],
    ["ru", "Доля иностранцев в населении составляет 25%.", "Доля иностранцев"],
    ["ru", "Доля иммигрантов составила 8% в 2020 году.", "Доля иммигрантов"],
    ["ro", "Ponderea străinilor este de 8%.", "Ponderea străinilor"],
    ["sr", "Udeo stranaca je 8%.", "Udeo stranaca"],
    ["sr", "Удео странаца је 8%.", "Удео странаца"],
    ["ar", "نسبة الأجانب من مجموع السكان 25%", "نسبة الأجانب"],
  ];
  it.each(cases)("names the group's share in %s: %s", (lang, text, words) => {
    const found = reported(lang, text);
    expect(found).toContainEqual({ id: MIGRANT_SHARE_ID, text: words });
    // The share words and the group are one mention: neither the group nor "population" stays.
    expect(found.map((m) => m.id)).not.toContain("ctx-population");
    expect(found.map((m) => m.id)).not.toContain("stock-foreign-citizens");
  });

  it("reads the group's share after it too, and leaves a group without one alone", () => {
    expect(reported("en", "The immigrant share of the population was 14% in 2020.")).toEqual([
      { id: MIGRANT_SHARE_ID, text: "immigrant share" },
    ]);
    expect(reported("en", "There were 2 million foreigners in 2014.")).toEqual([
      { id: "stock-foreign-citizens", text: "foreigners" },
    ]);
    // A share word of another sentence or across a line is not the group's.
    expect(reported("en", "Share\n2 million foreigners in 2014.").map((m) => m.id)).toEqual([
      "stock-foreign-citizens",
    ]);
  });

  it("adds the share a fraction of the population gives, beside the group's own count", () => {
    const text =
      "La Suisse compte 2 millions d'étrangers, soit un quart de sa population permanente.";
    expect(reported("fr", text)).toEqual([
      { id: "stock-foreign-citizens", text: "étrangers" },
      { id: MIGRANT_SHARE_ID, text: "un quart de sa population" },
    ]);
    expect(reported("en", "Foreigners make up 25% of the population.")).toContainEqual({
      id: MIGRANT_SHARE_ID,
      text: "25% of the population",
    });
  });

  it("reads the people counted between a share word and the group in English", () => {
    const text =
      "The percentage of U.S. residents who were foreign born rose to its highest level in 2023.";
    expect(reported("en", text)).toEqual([
      { id: MIGRANT_SHARE_ID, text: "percentage of U.S. residents who were foreign born" },
    ]);
  });

  it("adds the fraction a pronoun gives in the next sentence, and no other sentence's", () => {
    const text =
      "The foreign-born population is at a high of nearly 44.7 million. That's 13.7% of the US population.";
    expect(reported("en", text)).toContainEqual({
      id: MIGRANT_SHARE_ID,
      text: "13.7% of the US population",
    });
    expect(
      reported("ru", "В стране 1,2 млн иностранных граждан. Это около 8 процентов населения."),
    ).toContainEqual({ id: MIGRANT_SHARE_ID, text: "8 процентов населения" });
    // The pronoun must be the fraction's subject, and the fraction must follow it.
    const other =
      "The immigrant population grew in 2020. This is a problem for 20 percent of the population.";
    expect(reported("en", other).map((m) => m.id)).not.toContain(MIGRANT_SHARE_ID);
    const later =
      "There were 2 million foreigners in 2014. Unemployment hit 20 percent of the population.";
    expect(reported("en", later).map((m) => m.id)).not.toContain(MIGRANT_SHARE_ID);
  });

  it("adds the share a fraction of the inhabitants before the group gives", () => {
    const text =
      "En Bédar (donde cerca del 70% de sus 950 habitantes son extranjeros, principalmente británicos) el fuego avanzó.";
    expect(reported("es", text)).toContainEqual({
      id: MIGRANT_SHARE_ID,
      text: "70% de sus 950 habitantes son extranjeros",
    });
    expect(reported("en", "In the town 70% of its 950 inhabitants are foreigners.")).toContainEqual(
      { id: MIGRANT_SHARE_ID, text: "70% of its 950 inhabitants are foreigners" },
    );
    // A percentage of residents saying something about immigrants is no share of them.
    const opinion = "In 2020, 70% of residents said immigrants were welcome.";
    expect(reported("en", opinion).map((m) => m.id)).not.toContain(MIGRANT_SHARE_ID);
  });
});

describe("a context word beside a migration phrase", () => {
  it("never wins inside the longer migration phrase", () => {
    const found = reported("fr", "Les étrangers dans la population totale: 2 millions en 2014.");
    expect(found.map((m) => m.id)).toEqual(["stock-foreign-citizens"]);
  });

  it("stays where a conjunction or punctuation parts them", () => {
    const ids = reported("en", "Refugees and total population, 2020: 5,000 and 9 million.").map(
      (m) => m.id,
    );
    expect(ids).toContain("ctx-population");
  });
});

describe("a border crossing point", () => {
  it("is a place, not crossings counted", () => {
    const text =
      "La Punctul de Trecere al Frontierei Porțile de Fier I s-a prezentat un bărbat de 46 de ani.";
    expect(reported("ro", text)).toEqual([]);
    expect(reported("en", "Border crossings rose to 5,000 in 2020.").map((m) => m.id)).toEqual([
      "flow-border-crossings",
    ]);
  });
});
