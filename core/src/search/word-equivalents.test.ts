import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { matchIndicators } from "../tables/match-indicators";
import { searchCatalogue } from "./search";
import { buildTermIndex } from "./term-index";
import { testIndicator } from "./testing/test-indicator";

const index = buildTermIndex(
  [
    testIndicator("stock-idps", { en: ["internally displaced persons"] }),
    testIndicator("remit-inflow", { en: ["money transfers of individuals"] }),
    testIndicator("stock-stateless", { en: ["stateless people"] }),
  ].map((i) => indicatorSchema.parse(i)),
);
const titled = (text: string) => matchIndicators(index, [{ where: "title", text }])[0]?.id;

describe("persons, people and individuals", () => {
  it("are one word in a label, whichever the catalogue wrote", () => {
    expect(titled("Internally displaced people, 2023")).toBe("stock-idps");
    expect(titled("Internally displaced individuals by province")).toBe("stock-idps");
    expect(titled("Money transfers of persons")).toBe("remit-inflow");
    expect(titled("Stateless persons")).toBe("stock-stateless");
    expect(searchCatalogue(index, "internally displaced people")[0]?.id).toBe("stock-idps");
  });

  it("stand for no other word", () => {
    expect(titled("Internally displaced populations")).toBeUndefined();
    expect(titled("Stateless personnel")).toBeUndefined();
  });
});
