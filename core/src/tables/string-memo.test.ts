import { describe, expect, it } from "vitest";
import { memoizeByString } from "./string-memo";

describe("memoizeByString", () => {
  it("works each distinct text out once and returns what the function returns", () => {
    const calls: string[] = [];
    const upper = memoizeByString((t) => {
      calls.push(t);
      return t.toUpperCase();
    });
    expect(["a", "b", "a", "b", "a"].map(upper)).toEqual(["A", "B", "A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("keeps falsy results too, so a failed lookup is not repeated", () => {
    let calls = 0;
    const none = memoizeByString(() => {
      calls++;
      return undefined;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("starts afresh when full instead of growing", () => {
    const calls: string[] = [];
    const length = memoizeByString((t) => {
      calls.push(t);
      return t.length;
    }, 2);
    for (const t of ["a", "bb", "ccc", "a"]) length(t);
    // "ccc" found the cache full and cleared it, so "a" was worked out again.
    expect(calls).toEqual(["a", "bb", "ccc", "a"]);
  });
});
