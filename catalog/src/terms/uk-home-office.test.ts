import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("the Home Office's names for what it counts", () => {
  it("reads passenger arrivals, enforced returns and small boat crossings", () => {
    expect(first("Passenger arrivals by nationality")).toBe("flow-border-crossings");
    expect(first("Enforced returns by destination")).toBe("flow-removals");
    expect(first("Small boat crossings by week")).toBe("flow-irregular-entries");
  });
});
