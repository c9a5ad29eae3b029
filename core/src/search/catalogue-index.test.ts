import { catalogueData } from "@gapmap/catalog";
import { describe, expect, it, vi } from "vitest";
import * as catalogueModule from "../catalogue/catalogue";
import { CATALOGUE_PHRASES } from "./catalogue-phrases.generated";
import { termIndexFromEncoded } from "./precomputed-phrases";
import { getCatalogueIndex } from "./search";
import { buildTermIndex } from "./term-index";

vi.mock("../catalogue/catalogue", async (importOriginal) => {
  const actual = await importOriginal<typeof catalogueModule>();
  return { ...actual, getCatalogue: vi.fn(actual.getCatalogue) };
});

describe("getCatalogueIndex", () => {
  it("builds the index from the precomputed phrases without parsing the catalogue", () => {
    const index = getCatalogueIndex();
    expect(catalogueModule.getCatalogue).not.toHaveBeenCalled();
    expect(index.phrases).toEqual(
      buildTermIndex(catalogueModule.getCatalogue().indicators).phrases,
    );
  });

  it("checks the precomputed phrases against the authored catalogue data", () => {
    expect(termIndexFromEncoded(CATALOGUE_PHRASES, catalogueData)).toBeDefined();
    const reordered = { ...catalogueData, indicators: [...catalogueData.indicators].reverse() };
    expect(termIndexFromEncoded(CATALOGUE_PHRASES, reordered)).toBeUndefined();
  });
});
