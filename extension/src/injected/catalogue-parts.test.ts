import { catalogueAccess } from "@gapmap/catalog/access";
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { CATALOGUE_PIECES } from "../background/content-script-files";
import { cataloguePieces } from "./catalogue-chunks";
import { catalogueDelivered, deliverCataloguePiece, deliveredCatalogue } from "./catalogue-parts";

describe("the catalogue delivered to the content script as data files", () => {
  it("is refused, with a message, until every piece has come, in whatever order", () => {
    const pieces = cataloguePieces(CATALOGUE_PIECES);
    expect(catalogueDelivered()).toBe(false);
    expect(() => deliveredCatalogue()).toThrow(/not injected before the tagger/);
    // Last first: the count comes with every piece, so no piece can stand for the whole.
    const order = [...pieces.keys()].reverse();
    for (const index of order) {
      expect(catalogueDelivered()).toBe(false);
      deliverCataloguePiece(index, pieces.length, pieces[index] ?? "");
    }
    expect(catalogueDelivered()).toBe(true);
  });

  it("reads as the bundled catalogue: same data, same indicators, same term index", () => {
    const pieces = cataloguePieces(CATALOGUE_PIECES);
    pieces.forEach((piece, index) => {
      deliverCataloguePiece(index, pieces.length, piece);
    });
    const delivered = catalogueAccess(deliveredCatalogue);
    expect(delivered.getCatalogue()).toEqual(getCatalogue());
    expect(delivered.findIndicator("remit-inflow")).toEqual(findIndicator("remit-inflow"));
    const index = delivered.getCatalogueIndex();
    const bundled = getCatalogueIndex();
    expect(index.phrases).toEqual(bundled.phrases);
    expect([...index.stems].length).toBe([...bundled.stems].length);
  });

  it("cuts the texts into pieces of about equal length, never inside a character", () => {
    for (const count of [1, 7, CATALOGUE_PIECES]) {
      const pieces = cataloguePieces(count);
      expect(pieces).toHaveLength(count);
      const lengths = pieces.map((p) => p.length);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(2);
      for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});
