/**
 * The bundled catalogue read in steps (a page reads it in slices) gives the same catalogue as
 * the read in one go, and in many small steps rather than one.
 */
import { describe, expect, it } from "vitest";
import { catalogueData } from "@gapmap/catalog";
import { CatalogueError, readBundledCatalogue, readBundledCatalogueInSteps } from "./load";

describe("readBundledCatalogueInSteps", () => {
  it("reads the same catalogue as readBundledCatalogue, a few entries per step", () => {
    const steps = readBundledCatalogueInSteps(catalogueData);
    let count = 0;
    let next = steps.next();
    while (next.done !== true) {
      count++;
      next = steps.next();
    }
    expect(next.value).toStrictEqual(readBundledCatalogue(catalogueData));
    // At least one step per 16 indicators and one per kind of display name.
    expect(count).toBeGreaterThan(catalogueData.indicators.length / 16);
    expect(count).toBeGreaterThan(Object.keys(catalogueData.displayNames ?? {}).length);
  });

  it("refuses a broken bundle at its first step", () => {
    const broken = { ...catalogueData, indicators: [] };
    expect(() => readBundledCatalogueInSteps(broken).next()).toThrow(CatalogueError);
  });
});
