import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { testIndicator } from "./testing/test-indicator";
import {
  encodePhraseRows,
  phraseRowsToJson,
  termIndexFromEncoded,
  type EncodedPhrases,
} from "./precomputed-phrases";
import { buildTermIndex, type TermIndex } from "./term-index";

function expectSameIndex(actual: TermIndex | undefined, expected: TermIndex): void {
  expect(actual).toBeDefined();
  expect(actual?.phrases).toEqual(expected.phrases);
  expect(actual?.exact).toEqual(expected.exact);
  expect(actual?.byWord).toEqual(expected.byWord);
  expect(actual?.stems).toEqual(expected.stems);
}

const custom = {
  version: "0.0.1-test",
  indicators: [
    testIndicator("stock-refugees", {
      en: ["Total refugees", { text: "refugees", ambiguous: true }, "REFUGEES"],
      ar: ["اللاجئون"],
      ru: ['беженцы `${x}` \\ "quoted"'],
    }),
    testIndicator("flow-refugees", { en: ["the refugees"], fr: ["réfugiés arrivés"] }),
  ].map((i) => indicatorSchema.parse(i)),
};

function encode(catalogue: typeof custom): EncodedPhrases {
  return {
    catalogueVersion: catalogue.version,
    json: phraseRowsToJson(encodePhraseRows(catalogue)),
  };
}

describe("termIndexFromEncoded", () => {
  it("round-trips any catalogue, ambiguity and characters special to JSON or templates", () => {
    const expected = buildTermIndex(custom.indicators);
    expect(expected.phrases.filter((p) => p.ambiguous).length).toBeGreaterThan(0);
    expectSameIndex(termIndexFromEncoded(encode(custom), custom), expected);
  });

  it("refuses data made from another catalogue, so that callers fall back", () => {
    const encoded = encode(custom);
    const [first, second] = custom.indicators;
    if (!first || !second) throw new Error("test catalogue needs two indicators");
    expect(termIndexFromEncoded(encoded, { ...custom, version: "9.9.9" })).toBeUndefined();
    expect(termIndexFromEncoded(encoded, { ...custom, indicators: [first] })).toBeUndefined();
    expect(
      termIndexFromEncoded(encoded, { ...custom, indicators: [second, first] }),
    ).toBeUndefined();
  });

  it("refuses malformed data instead of throwing", () => {
    const version = custom.version;
    for (const json of [
      "not json",
      "{}",
      '[["stock-refugees",[["x","xx",0,0]]],["flow-refugees",[]]]',
    ]) {
      expect(termIndexFromEncoded({ catalogueVersion: version, json }, custom)).toBeUndefined();
    }
    // Authored data is checked before anything else has looked at its shape.
    const encoded = encode(custom);
    const broken: unknown[] = [undefined, "x", [null, { id: 1 }]];
    for (const indicators of broken) {
      const catalogue = { version, indicators: indicators as { id: string }[] };
      expect(termIndexFromEncoded(encoded, catalogue)).toBeUndefined();
    }
  });
});
