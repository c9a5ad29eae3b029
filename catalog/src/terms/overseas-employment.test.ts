import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("South Asia's emigration bureaus", () => {
  it("count departures of workers as labour emigration", () => {
    expect(first("Departures for Foreign Employment by Manpower Level 2007")).toBe(
      "flow-labour-emigration",
    );
    expect(first("Workers proceeded abroad for employment, country-wise")).toBe(
      "flow-labour-emigration",
    );
    expect(first("SLBFE 2019")).toBe("flow-labour-emigration");
  });

  it("read the acronym only as written: a lowercase word is no bureau", () => {
    expect(first("beoe")).toBeUndefined();
  });

  it("count Overseas Pakistanis as the stock abroad", () => {
    expect(first("Number of Overseas Pakistanis by country")).toBe("stock-emigrants");
  });
});
