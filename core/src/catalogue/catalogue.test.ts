/**
 * The bundled catalogue is read without zod at runtime (load.ts): these tests are where it gets
 * the full validation, and where the cheap reading is held to the same result.
 */
import { describe, expect, it } from "vitest";
import { catalogueData } from "@gapmap/catalog";
import { getCatalogue } from "./catalogue";
import { CatalogueError, parseCatalogue, readBundledCatalogue } from "./load";
import type { CatalogueInput } from "./schema";

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
