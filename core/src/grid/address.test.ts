import { describe, expect, it } from "vitest";
import { columnLetters, fromA1, rangeFromA1, rangeToA1, toA1 } from "./address";

describe("A1 addresses", () => {
  it("converts column indexes both ways, across the Z/AA boundary", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(864)).toBe("AGG");
    for (const c of [0, 25, 26, 701, 702, 864, 16383]) {
      expect(fromA1(toA1({ r: 4, c }))).toEqual({ r: 4, c });
    }
  });
  it("parses ranges and rejects malformed ones", () => {
    expect(rangeFromA1("A5:F40")).toEqual({ s: { r: 4, c: 0 }, e: { r: 39, c: 5 } });
    expect(rangeToA1({ s: { r: 4, c: 0 }, e: { r: 39, c: 5 } })).toBe("A5:F40");
    expect(rangeFromA1("5A:F")).toBeUndefined();
  });
});
