import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";

const ids = (where: "title", text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }]).map((m) => m.id);

describe("Kazakhstan's Russian SDG titles", () => {
  it("name their indicator", () => {
    expect(
      ids(
        "title",
        "Отношение личных переводов полученных (чистая оплата труда резидентов и личные трансферты полученные) к ВВП",
      )[0],
    ).toBe("remit-inflow-gdp");
    expect(
      ids("title", "Число потерпевших, связанных с торговлей людьми на 100 000 человек")[0],
    ).toBe("flow-trafficking-victims");
  });
});
