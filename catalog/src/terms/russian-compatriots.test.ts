import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Russia's resettlement of compatriots", () => {
  it("reads the programme's arrivals as immigration", () => {
    expect(first("Участники Государственной программы переселения соотечественников")).toBe(
      "flow-immigration",
    );
  });
});
