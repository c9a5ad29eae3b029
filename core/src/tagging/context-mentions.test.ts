import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import {
  contextIndicatorIds,
  dropGluedContextMentions,
  isPluralContextMention,
} from "./context-mentions";
import { createMentionMatcher } from "./mention-matcher";

const matcher = createMentionMatcher(getCatalogueIndex());
const contextIds = contextIndicatorIds(getCatalogue());

function ids(text: string): string[] {
  return dropGluedContextMentions(matcher.findMentions(text), text, contextIds).map((m) => m.id);
}

describe("dropGluedContextMentions", () => {
  it("knows the context indicators from the catalogue's section K", () => {
    expect(contextIds.has("ctx-population")).toBe(true);
    expect(contextIds.has("stock-immigrants")).toBe(false);
  });

  it("drops a vague context word inside a longer noun phrase, in any of our languages", () => {
    for (const text of [
      "Population density is high in the capital.",
      "The immigrant population grew.",
      "La densité de population augmente.",
      "La densidad de población aumentó.",
    ]) {
      expect(ids(text), text).not.toContain("ctx-population");
    }
    // A percentage before it: the population is the base of someone else's share.
    for (const text of [
      "the income of the bottom 40 per cent of the population grew 3% in 2023",
      "раст дохотка доњих 40% становништва у 2023.",
      "el 40% de la población más pobre, 2023",
    ])
      expect(ids(text), text).not.toContain("ctx-population");
    // The migration phrase glued to it is kept.
    expect(ids("The immigrant population grew.")).toContain("stock-immigrants");
  });

  it("keeps a context word that stands alone, and a specific context phrase anywhere", () => {
    for (const text of [
      "Population: 5.1 million (2023).",
      "The population of the country, 2023",
      "Mid-year population grew fast.",
    ]) {
      expect(ids(text), text).toContain("ctx-population");
    }
  });
});

describe("isPluralContextMention", () => {
  const plural = (lang: string, text: string) => {
    const es = createMentionMatcher(getCatalogueIndex(), { lang: lang as "es" | "en" });
    return es.findMentions(text).map((m) => isPluralContextMention(m, contextIds, lang));
  };

  it("reads 'populations' as groups or a yardstick, not a country's total", () => {
    expect(plural("es", "equivale a las poblaciones de España, Portugal y Austria juntas")).toEqual(
      [true],
    );
    expect(plural("en", "host populations in 2023")).toEqual([true]);
  });

  it("keeps the singular, and plural-like words of other languages", () => {
    expect(plural("es", "la población de España")).toEqual([false]);
    expect(plural("en", "the population of Spain")).toEqual([false]);
    const ru = createMentionMatcher(getCatalogueIndex(), { lang: "ru" });
    for (const m of ru.findMentions("численности населения страны"))
      expect(isPluralContextMention(m, contextIds, "ru")).toBe(false);
  });
});
