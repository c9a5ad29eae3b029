import { catalogueAccess } from "@gapmap/catalog/access";
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { catalogueDelivered, deliveredCatalogue } from "./catalogue-parts";

describe("the catalogue delivered to the content script as data files", () => {
  it("is refused, with a message, until every file has run", async () => {
    expect(catalogueDelivered()).toBe(false);
    expect(() => deliveredCatalogue()).toThrow(/not injected before the tagger/);
    await import("./tagger-phrases");
    expect(catalogueDelivered()).toBe(false);
    await import("./tagger-phrases-tail");
    await import("./tagger-stems");
    await import("./tagger-catalogue");
    expect(catalogueDelivered()).toBe(false);
    await import("./tagger-catalogue-tail");
    expect(catalogueDelivered()).toBe(true);
  });

  it("reads as the bundled catalogue: same data, same indicators, same term index", async () => {
    await import("./tagger-phrases");
    await import("./tagger-phrases-tail");
    await import("./tagger-stems");
    await import("./tagger-catalogue");
    await import("./tagger-catalogue-tail");
    const delivered = catalogueAccess(deliveredCatalogue);
    expect(delivered.getCatalogue()).toEqual(getCatalogue());
    expect(delivered.findIndicator("remit-inflow")).toEqual(findIndicator("remit-inflow"));
    const index = delivered.getCatalogueIndex();
    const bundled = getCatalogueIndex();
    expect(index.phrases).toEqual(bundled.phrases);
    expect([...index.stems].length).toBe([...bundled.stems].length);
  });
});
