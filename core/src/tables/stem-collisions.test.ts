import { getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { matchIndicators } from "./match-indicators";

/** Labels whose words share a stem with another indicator's words but not its meaning. */
describe("table labels against the bundled catalogue, across stem collisions", () => {
  const index = getCatalogueIndex();
  const idsOf = (label: string) =>
    matchIndicators(index, [{ where: "title", text: label }]).map((m) => m.id);

  it("reads international migration as no internal migration", () => {
    for (const label of [
      "Long-term international migration",
      "International migration, inflows",
      "International migrant stock",
    ])
      expect(idsOf(label), label).not.toContain("flow-internal-migration");
  });

  it("still reads internal migration", () => {
    expect(idsOf("Internal migration by region")[0]).toBe("flow-internal-migration");
    expect(idsOf("Internally displaced persons")).not.toContain("flow-internal-migration");
  });
});
