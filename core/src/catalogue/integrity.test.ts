import { describe, expect, it } from "vitest";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { findCatalogueProblems } from "./integrity";
import type { Catalogue } from "./schema";

// The small catalogue has flows only: its emigration flow plays a stock here.
const [stock, flow] = ["emigration-flow", "immigration-flow"];

/** The small catalogue with counterparts set as given (indicator ID → counterpart ID). */
function withCounterparts(pairs: Record<string, string>): Catalogue {
  return {
    ...smallCatalogue,
    indicators: smallCatalogue.indicators.map((i) => ({
      ...i,
      ...(i.id === stock ? { measure: "stock" as const } : {}),
      ...(pairs[i.id] === undefined ? {} : { counterpart: pairs[i.id] }),
    })),
  };
}

describe("stock and flow counterparts", () => {
  it("accepts a stock and a flow that name each other", () => {
    expect(findCatalogueProblems(withCounterparts({ [stock]: flow, [flow]: stock }))).toEqual([]);
  });

  it("refuses an unknown counterpart, two of the same measure, and one that names none back", () => {
    expect(findCatalogueProblems(withCounterparts({ [stock]: "gone", [flow]: stock }))).toEqual([
      `indicator "${stock}" refers to unknown counterpart "gone"`,
    ]);
    expect(findCatalogueProblems(withCounterparts({ [stock]: flow }))).toEqual([
      `indicator "${stock}" names "${flow}" as its counterpart, which names none back`,
    ]);
    expect(
      findCatalogueProblems(
        withCounterparts({ [flow]: "remittances-received", "remittances-received": flow }),
      ),
    ).toContain(
      `indicator "${flow}" (flow) has counterpart "remittances-received" (amount): one must be a stock, the other a flow`,
    );
  });
});
