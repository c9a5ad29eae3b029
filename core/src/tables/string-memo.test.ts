import { describe, expect, it } from "vitest";
import { memoizeByPair, memoizeByString } from "./string-memo";

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

describe("memoizeByPair", () => {
  it("makes one value per pair of objects, the first time that pair is asked for", () => {
    const made: string[] = [];
    const [a, b, x, y] = [{ n: "a" }, { n: "b" }, { n: "x" }, { n: "y" }];
    const joined = memoizeByPair((p: { n: string }, q: { n: string }) => {
      made.push(p.n + q.n);
      return { key: p.n + q.n };
    });
    const first = joined(a, x);
    expect(joined(a, x)).toBe(first);
    expect(joined(a, y)).not.toBe(first);
    expect(joined(b, x).key).toBe("bx");
    expect(made).toEqual(["ax", "ay", "bx"]);
  });
});
