import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("INE's residential variation tables", () => {
  it("read registrations from abroad as immigration and deregistrations to abroad as emigration", () => {
    expect(
      first(
        "Variaciones Residenciales Exteriores Altas por país de procedencia y tamaño del municipio de destino",
      ),
    ).toBe("flow-immigration");
    expect(first("Variaciones Residenciales Exteriores Bajas por país de destino y edad")).toBe(
      "flow-emigration",
    );
  });
});

describe("the EMN glossary's beneficiary of international protection", () => {
  it("is the stock of people protected, in each language of the entry", () => {
    for (const term of [
      "beneficiary of international protection",
      "beneficiario de protección internacional",
      "bénéficiaire d’une protection internationale",
      "beneficiar al protecției internaționale",
    ])
      expect(first(term), term).toBe("stock-refugees-hosted");
  });
});
