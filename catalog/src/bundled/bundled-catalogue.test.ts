/**
 * The bundled catalogue is read without zod at runtime (core's load.ts): these tests are where
 * it gets the full validation, where the cheap reading is held to the same result, and where its
 * index is shown to come from the precomputed phrases.
 */
import * as coreCatalogue from "@gapmap/core/catalogue";
import {
  CatalogueError,
  buildTermIndex,
  parseCatalogue,
  readBundledCatalogue,
  termIndexFromEncoded,
  type CatalogueInput,
} from "@gapmap/core";
import { describe, expect, it, vi } from "vitest";
import { catalogueData } from "../catalogue-data";
import { getCatalogue, getCatalogueIndex } from "./bundled-catalogue";
import { CATALOGUE_PHRASES } from "./catalogue-phrases.generated";

vi.mock("@gapmap/core/catalogue", async (importOriginal) => {
  const actual = await importOriginal<typeof coreCatalogue>();
  return { ...actual, readBundledCatalogue: vi.fn(actual.readBundledCatalogue) };
});

describe("getCatalogueIndex", () => {
  // First in the file: nothing has read the catalogue yet.
  it("builds the index from the precomputed phrases without parsing the catalogue", () => {
    const index = getCatalogueIndex();
    expect(coreCatalogue.readBundledCatalogue).not.toHaveBeenCalled();
    expect(index.phrases).toEqual(buildTermIndex(getCatalogue().indicators).phrases);
  });

  it("checks the precomputed phrases against the authored catalogue data", () => {
    expect(termIndexFromEncoded(CATALOGUE_PHRASES, catalogueData)).toBeDefined();
    const reordered = { ...catalogueData, indicators: [...catalogueData.indicators].reverse() };
    expect(termIndexFromEncoded(CATALOGUE_PHRASES, reordered)).toBeUndefined();
  });
});

describe("bundled catalogue", () => {
  it("passes the full schema and integrity checks", () => {
    expect(() => parseCatalogue(catalogueData)).not.toThrow();
  });

  it("reads exactly as the full parse does", () => {
    expect(getCatalogue()).toStrictEqual(parseCatalogue(catalogueData));
  });

  it("refuses a bundle whose shape is broken", () => {
    const noId = structuredClone(catalogueData);
    const first = noId.indicators[0];
    if (first) first.id = "";
    expect(() => readBundledCatalogue(noId)).toThrow(CatalogueError);

    const noSynonyms = structuredClone(catalogueData);
    const ind = noSynonyms.indicators[1];
    if (ind) ind.synonyms = {};
    expect(() => readBundledCatalogue(noSynonyms)).toThrow(/no synonyms/);

    const noList = { ...catalogueData, presets: undefined } as unknown as CatalogueInput;
    expect(() => readBundledCatalogue(noList)).toThrow(/presets: not a list/);
  });
});
