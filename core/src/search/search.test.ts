import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { testIndicator } from "./testing/test-indicator";
import { searchCatalogue } from "./search";
import { buildTermIndex } from "./term-index";

const index = buildTermIndex(
  [
    testIndicator("flow-emigration", { ro: ["emigranți definitivi"], ru: ["выбывшие"] }),
    testIndicator("remit-inflow", {
      ru: ["денежные переводы"],
      en: ["personal remittances received"],
    }),
    testIndicator("flow-asylum-decisions", { en: ["asylum recognition rate", "asylum decisions"] }),
    testIndicator("stock-refugees-hosted", { en: [{ text: "refugees", ambiguous: true }] }),
    testIndicator("flow-resettlement", {
      en: [{ text: "refugees", ambiguous: true }, "resettled refugees"],
    }),
  ].map((i) => indicatorSchema.parse(i)),
);
const search = (q: string) => searchCatalogue(index, q).map((h) => h.id);

describe("searchCatalogue (engine)", () => {
  it("ignores accents and case", () => {
    expect(search("EMIGRANTI")[0]).toBe("flow-emigration");
  });
  it("ignores word order", () => {
    expect(search("recognition rate asylum")[0]).toBe("flow-asylum-decisions");
  });
  it("tolerates inflection and one typo per word", () => {
    expect(search("денежных переводов")[0]).toBe("remit-inflow");
    expect(search("remitances recieved")[0]).toBe("remit-inflow");
  });
  it("ranks a specific phrase above a shared ambiguous one", () => {
    const hits = searchCatalogue(index, "resettled refugees");
    expect(hits[0]?.id).toBe("flow-resettlement");
    const both = searchCatalogue(index, "refugees");
    expect(both.map((h) => h.id).sort()).toEqual(["flow-resettlement", "stock-refugees-hosted"]);
    expect(both[0]?.score).toBeLessThan(1);
  });
  it("falls back to fuzzy search only for mangled queries, and scores them lower", () => {
    expect(searchCatalogue(index, "asylum decision")[0]?.via).toBe("words");
    expect(searchCatalogue(index, "asylumdecisions")[0]?.id).toBe("flow-asylum-decisions");
    // "decis" is now the stem of "decisions" (a word match): mangle both words.
    const hits = searchCatalogue(index, "asyl deci");
    expect(hits[0]?.id).toBe("flow-asylum-decisions");
    expect(hits[0]?.via).toBe("fuzzy");
    expect(hits[0]?.score).toBeLessThan(0.7);
  });
});
