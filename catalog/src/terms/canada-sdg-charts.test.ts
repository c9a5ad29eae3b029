import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Statistics Canada's SDG chart titles", () => {
  it("read the remittance share of GDP as a share, not as the amount received", () => {
    expect(
      first("Envois de fonds des travailleurs et rémunérations des salariés, reçus en % du PIB"),
    ).toBe("remit-inflow-gdp");
  });

  it("read fees paid on a remittance sent as its cost, not as the money sent", () => {
    expect(
      first(
        "Average fees paid as a percentage of the last international remittance sent by Canadian residents born in countries eligible for official development assistance",
      ),
    ).toBe("remit-cost");
  });
});
