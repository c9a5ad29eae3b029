import { getCatalogue } from "./bundled/bundled-catalogue";
import { GAP_TYPES, actionLibrarySchema } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { actions } from "./actions";

describe("action library", () => {
  const library = actionLibrarySchema.parse(actions);

  it("has at least 25 actions covering every gap type", () => {
    expect(library.length).toBeGreaterThanOrEqual(25);
    for (const type of GAP_TYPES) {
      expect(library.filter((a) => a.gapType === type).length).toBeGreaterThanOrEqual(2);
    }
  });

  it("refers only to source types in the catalogue", () => {
    const known = new Set(getCatalogue().sourceTypes.map((s) => s.id));
    const unknown = library.flatMap((a) => a.sourceTypes).filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });
});
