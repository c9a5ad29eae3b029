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

/**
 * The index's lookup maps, read (they are built lazily) so that two indexes compare; the stem
 * map with its words in order (the stored one is read back, not built).
 */
function lookups(index: TermIndex | undefined): unknown[] {
  if (!index) return [];
  const stems = [...index.stems].map(([key, words]) => [key, [...words]]);
  return [index.phrases, index.exact, index.byWord, stems];
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
    expect(lookups(termIndexFromEncoded(CATALOGUE_PHRASES, catalogue))).toEqual(lookups(expected));
    expect(lookups(getCatalogueIndex())).toEqual(lookups(expected));
  });
});
