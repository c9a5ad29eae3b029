import { contentWords } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { getCatalogue, getCatalogueIndex } from "../bundled/bundled-catalogue";

describe("table shorthand", () => {
  it("is one word per term, so it can only ever be a table name's lone word", () => {
    const terms = getCatalogue().indicators.flatMap((i) => i.shorthand ?? []);
    expect(terms.length).toBeGreaterThan(20);
    for (const t of terms) expect(contentWords(t.text), t.text).toHaveLength(1);
  });

  it("reaches the bundled index built from the precomputed phrases", () => {
    const ids = (word: string) =>
      getCatalogueIndex()
        .shorthand.lookup(word)
        .map((e) => e.indicatorId);
    expect(ids("applications")).toEqual(["flow-asylum-applications"]);
    expect(ids("residencia")).toEqual(["flow-residence-permits"]);
  });

  it("is no phrase the page tagger or the search could match", () => {
    const norms = new Set(getCatalogueIndex().phrases.map((p) => p.norm));
    for (const word of ["applications", "waiting", "arrivals", "residencias", "solicitudes"])
      expect(norms.has(word), word).toBe(false);
  });
});
