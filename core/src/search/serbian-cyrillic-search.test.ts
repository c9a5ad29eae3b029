import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { bestIndicatorForLabel } from "../tables/match-indicators";
import { searchCatalogue } from "./search";
import { buildTermIndex } from "./term-index";
import { testIndicator } from "./testing/test-indicator";

// Most Serbian terms are written in Latin; Serbian statistics print both scripts.
const index = buildTermIndex(
  [
    testIndicator("stock-asylum-seekers", { sr: ["tražioci azila"] }),
    testIndicator("stock-idps", { sr: ["interno raseljena lica"] }),
  ].map((i) => indicatorSchema.parse(i)),
);

describe("a Serbian Cyrillic query or label", () => {
  it("is read through the Latin terms in catalogue search", () => {
    // Exact, as the Latin spelling would be (the stemmer alone gives a near match).
    expect(searchCatalogue(index, "Тражиоци азила")[0]).toMatchObject({
      id: "stock-asylum-seekers",
      score: 1,
      via: "exact",
    });
    expect(searchCatalogue(index, "интерно расељена лица")[0]?.id).toBe("stock-idps");
  });

  it("is read through the Latin terms by bestIndicatorForLabel", () => {
    expect(bestIndicatorForLabel(index, "Тражиоци азила")).toMatchObject({
      id: "stock-asylum-seekers",
      score: 1,
    });
    expect(bestIndicatorForLabel(index, "Интерно расељена лица по општинама")?.id).toBe(
      "stock-idps",
    );
  });
});
