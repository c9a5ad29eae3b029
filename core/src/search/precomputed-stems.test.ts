import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { testIndicator } from "./testing/test-indicator";
import {
  encodePhraseRows,
  phraseRowsToJson,
  termIndexFromEncoded,
  type EncodedPhrases,
} from "./precomputed-phrases";
import { encodeStemRows, stemRowsToJson, stemsFromJson } from "./precomputed-stems";
import { buildTermIndex } from "./term-index";

const catalogue = {
  version: "0.0.1-test",
  indicators: [
    testIndicator("stock-refugees", {
      en: ["Total refugees", "refugee population", "REFUGEES"],
      fr: ["réfugiés", "réfugié"],
      ru: ["беженцы", "беженцев"],
    }),
  ].map((i) => indicatorSchema.parse(i)),
};

/** The map with each key's words in order: consumers offer the words in that order. */
const ordered = (stems: ReadonlyMap<string, ReadonlySet<string>> | undefined) =>
  stems && [...stems].map(([key, words]) => [key, [...words]]);

function encode(stems: string | undefined): EncodedPhrases {
  return {
    catalogueVersion: catalogue.version,
    json: phraseRowsToJson(encodePhraseRows(catalogue)),
    ...(stems === undefined ? {} : { stems }),
  };
}

describe("stored stem map", () => {
  const built = buildTermIndex(catalogue.indicators).stems;
  const json = stemRowsToJson(encodeStemRows(built));

  it("round-trips the map, keys and words in their order", () => {
    expect([...built.values()].some((words) => words.size > 1)).toBe(true);
    expect(ordered(stemsFromJson(json))).toEqual(ordered(built));
    expect(ordered(termIndexFromEncoded(encode(json), catalogue)?.stems)).toEqual(ordered(built));
  });

  it("is built from the phrases when missing or malformed, never used half-read", () => {
    for (const bad of [undefined, "not json", "{}", '[["en:refuge"]]', '[["en:x", 1]]']) {
      if (bad !== undefined) expect(stemsFromJson(bad)).toBeUndefined();
      const index = termIndexFromEncoded(encode(bad), catalogue);
      expect(ordered(index?.stems)).toEqual(ordered(built));
    }
    // A key twice would lose words: refused.
    expect(stemsFromJson('[["en:a","a"],["en:a","b"]]')).toBeUndefined();
  });
});
