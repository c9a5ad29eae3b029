import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { matchIndicators } from "../tables/match-indicators";
import { createMentionMatcher } from "../tagging/mention-matcher";
import { encodePhraseRows, phraseRowsToJson, termIndexFromEncoded } from "./precomputed-phrases";
import { searchCatalogue } from "./search";
import { buildTermIndex } from "./term-index";
import { testIndicator } from "./testing/test-indicator";

const code = (text: string) => ({ text, kind: "code" as const });
const indicators = [
  testIndicator("flow-immigration", { en: [code("migr_imm1ctz"), code("tps00176"), "immigrants"] }),
  testIndicator("flow-residence-permits", { en: [code("migr_resfirst"), "first permits"] }),
].map((i) => indicatorSchema.parse(i));
const index = buildTermIndex(indicators);

const searched = (q: string) => searchCatalogue(index, q).map((h) => h.id);
const labelled = (text: string, where: "title" | "file" = "title") =>
  matchIndicators(index, [{ where, text }]).map((m) => m.id);
const tagged = (text: string) =>
  createMentionMatcher(index, { lang: "en" })
    .findMentions(text)
    .map((m) => m.id);

describe("dataset code terms", () => {
  it("name their indicator written whole, in either case, in a query, a label or a page", () => {
    expect(searched("migr_imm1ctz")[0]).toBe("flow-immigration");
    expect(searched("MIGR_RESFIRST")[0]).toBe("flow-residence-permits");
    expect(labelled("estat_tps00176_en.csv", "file")).toEqual(["flow-immigration"]);
    expect(labelled("ESTAT:MIGR_RESFIRST(1.0)")).toEqual(["flow-residence-permits"]);
    expect(tagged("Source: Eurostat (migr_imm1ctz), 2023")).toEqual(["flow-immigration"]);
  });

  it("name nothing one letter off, inflected, or in part: that is another dataset", () => {
    for (const other of ["migr_imm2ctz", "tps00175", "migr_resfirsts", "migr_resfirs"]) {
      expect(searched(other), other).toEqual([]);
      expect(labelled(other, "file"), other).toEqual([]);
      expect(tagged(`Source: Eurostat (${other}), 2023`), other).toEqual([]);
    }
    // A part of a code is no code (search may still read "migr" as a clipped "immigrants").
    expect(labelled("migr_2023.csv", "file")).toEqual([]);
    expect(tagged("Source: migr, 2023")).toEqual([]);
  });

  it("keep their kind through the precomputed phrases", () => {
    const catalogue = { version: "t", indicators };
    const encoded = { catalogueVersion: "t", json: phraseRowsToJson(encodePhraseRows(catalogue)) };
    const rebuilt = termIndexFromEncoded(encoded, catalogue);
    const codes = rebuilt?.phrases.filter((p) => p.code === true).map((p) => p.text);
    expect(codes).toEqual(["migr_imm1ctz", "tps00176", "migr_resfirst"]);
    expect(searchCatalogue(rebuilt ?? index, "tps00175")).toEqual([]);
  });
});
