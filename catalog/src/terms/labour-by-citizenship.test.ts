import { describe, expect, it } from "vitest";
import { matchIndicators } from "@gapmap/core";
import { getCatalogueIndex } from "../index";

const best = (text: string, where: "title" | "file" = "title") =>
  matchIndicators(getCatalogueIndex(), [{ where, text }])[0]?.id;

describe("labour-market outcomes by citizenship", () => {
  it("name the migrant-status rates from the titles statistics offices publish", () => {
    expect(best("Employment rates by sex, age and citizenship (%)")).toBe(
      "labour-employment-rate-by-status",
    );
    expect(best("Unemployment rates by sex, age and citizenship (%)")).toBe(
      "labour-unemployment-rate-by-status",
    );
    expect(best("Tasas de paro por nacionalidad, sexo y comunidad autónoma")).toBe(
      "labour-unemployment-rate-by-status",
    );
    expect(best("Tasas de empleo por nacionalidad, sexo y comunidad autónoma")).toBe(
      "labour-employment-rate-by-status",
    );
    expect(best("Activos por nacionalidad, sexo y situación profesional")).toBe(
      "stock-migrant-workers",
    );
  });

  it("name them in every language when the rate is of foreigners or by citizenship", () => {
    for (const title of [
      "Unemployment rate of non-nationals",
      "Taux de chômage par nationalité",
      "Уровень безработицы иностранцев",
      "Rata șomajului în rândul străinilor",
      "Stopa nezaposlenosti stranaca",
      "معدل البطالة بين الأجانب",
    ])
      expect(best(title), title).toBe("labour-unemployment-rate-by-status");
    for (const title of ["Employment rate of foreigners", "Tasa de empleo por nacionalidad"])
      expect(best(title), title).toBe("labour-employment-rate-by-status");
  });

  it("name employment by country of birth or nationality the migrant workers, its rates the rate", () => {
    expect(best("Employment levels by country of birth: People aged 16 and over")).toBe(
      "stock-migrant-workers",
    );
    expect(best("Employment levels by nationality")).toBe("stock-migrant-workers");
    expect(best("Employment rates by nationality: People aged 16 to 64")).toBe(
      "labour-employment-rate-by-status",
    );
    expect(best("Employment rates by country of birth")).toBe("labour-employment-rate-by-status");
    // The longer phrase holding "non-nationals" names what the table measures.
    expect(best("Employment rates by nationality · Non-nationals")).toBe(
      "labour-employment-rate-by-status",
    );
  });

  it("leave the total rates and a dataset read for its totals alone to the context indicators", () => {
    expect(best("Unemployment rate")).toBe("ctx-unemployment-rate");
    expect(best("Tasa de paro")).toBe("ctx-unemployment-rate");
    expect(best("estat_lfsa_urgan_en.csv", "file")).toBeUndefined();
  });
});
