import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("French titles of Eurostat's and the Interior ministry's migration tables", () => {
  it("reads Eurostat's French table titles as their indicators", () => {
    expect(first("Immigration par pays de résidence antérieure, 2014")).toBe("flow-immigration");
    expect(first("Population non nationale par groupe de nationalités")).toBe(
      "stock-foreign-citizens",
    );
    expect(first("Part des non-nationaux dans la population résidente (en %)")).toBe(
      "demo-migrant-share",
    );
    expect(first("Personnes nées à l'étranger selon le pays de naissance")).toBe(
      "stock-immigrants",
    );
    expect(first("Personnes ayant acquis la nationalité du pays déclarant")).toBe(
      "flow-naturalisations",
    );
  });

  it("tells forced returns, aided departures and the stock of valid permits apart", () => {
    expect(first("Retours forcés de ressortissants de pays tiers")).toBe("flow-removals");
    expect(first("Départs volontaires aidés")).toBe("flow-assisted-return");
    expect(first("Stock de titres valides au 31 décembre")).toBe("stock-permit-holders");
  });

  it("reads the census's residential mobility as internal migration", () => {
    expect(first("Mobilité résidentielle des ménages par département")).toBe(
      "flow-internal-migration",
    );
  });
});
