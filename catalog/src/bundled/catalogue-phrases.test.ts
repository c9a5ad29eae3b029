import {
  REGENERATE_PHRASES_COMMAND,
  buildTermIndex,
  encodePhraseRows,
  termIndexFromEncoded,
  type TermIndex,
} from "@gapmap/core/catalogue";
import { describe, expect, it } from "vitest";
import { getCatalogue, getCatalogueIndex } from "./bundled-catalogue";
import { CATALOGUE_PHRASES } from "./catalogue-phrases.generated";

const STALE = `catalogue-phrases.generated.ts is stale: run \`${REGENERATE_PHRASES_COMMAND}\``;

function expectSameIndex(actual: TermIndex | undefined, expected: TermIndex): void {
  expect(actual).toBeDefined();
  expect(actual?.phrases).toEqual(expected.phrases);
  expect(actual?.exact).toEqual(expected.exact);
  expect(actual?.byWord).toEqual(expected.byWord);
  expect(actual?.stems).toEqual(expected.stems);
}

describe("the generated catalogue phrases", () => {
  const catalogue = getCatalogue();

  it("match what buildTermIndex makes of the bundled catalogue now", () => {
    expect(CATALOGUE_PHRASES.catalogueVersion, STALE).toBe(catalogue.version);
    const stored: unknown = JSON.parse(CATALOGUE_PHRASES.json);
    expect(stored, STALE).toEqual(encodePhraseRows(catalogue));
  });

  it("rebuild an index equal to buildTermIndex's", () => {
    const expected = buildTermIndex(catalogue.indicators);
    expectSameIndex(termIndexFromEncoded(CATALOGUE_PHRASES, catalogue), expected);
    expectSameIndex(getCatalogueIndex(), expected);
  });
});
