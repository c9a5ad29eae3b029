import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";

const best = (text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where: "title", text }])[0]?.id;

describe("frontier (cross-border) workers", () => {
  it("are migrant workers, not foreign citizens, in every language listed", () => {
    expect(best("Frontaliers étrangers selon le sexe et la classe d'âge")).toBe(
      "stock-migrant-workers",
    );
    expect(best("Travailleurs frontaliers par canton de travail")).toBe("stock-migrant-workers");
    expect(best("Cross-border workers by country of residence")).toBe("stock-migrant-workers");
    expect(best("Trabajadores fronterizos por sexo")).toBe("stock-migrant-workers");
  });

  it("leave foreigners alone", () => {
    expect(best("Population résidante étrangère selon la nationalité")).not.toBe(
      "stock-migrant-workers",
    );
  });
});
