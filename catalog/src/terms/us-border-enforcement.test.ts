import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("the US yearbooks' Border Patrol rows", () => {
  it("read located deportable aliens as apprehensions and the smuggling rows as smuggling", () => {
    expect(first("Deportable aliens located")).toBe("flow-irregular-entries");
    expect(first("Smugglers of aliens located")).toBe("flow-smuggling");
    expect(first("Aliens located who were smuggled")).toBe("flow-smuggling");
  });

  it("read refugee arrivals as resettlement, a flow, not the stock of refugees", () => {
    expect(first("Refugee arrivals: fiscal years 1980 to 2013")).toBe("flow-resettlement");
    expect(first("Refugee admissions to the United States")).toBe("flow-resettlement");
  });
});
