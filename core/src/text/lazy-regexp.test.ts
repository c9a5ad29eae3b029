import { describe, expect, it } from "vitest";
import { lazyRegExp } from "./lazy-regexp";

describe("lazyRegExp", () => {
  it("builds the regex on first use, once", () => {
    let built = 0;
    const re = lazyRegExp(() => {
      built++;
      return /(?<!\p{L})gr(\p{L}*)(?!\p{L})/u;
    });
    expect(built).toBe(0);
    expect(re.test("Grand total, ingress")).toBe(false);
    expect(re.test("les grandes")).toBe(true);
    expect(re.test("gräns")).toBe(true);
    expect(built).toBe(1);
  });

  it("stands for the RegExp wherever one is used", () => {
    const re = lazyRegExp(() => /(?<!\p{L})ab(\p{L}*)/gu);
    expect(re instanceof RegExp).toBe(true);
    expect(re.source).toBe(/(?<!\p{L})ab(\p{L}*)/u.source);
    expect(re.flags).toBe("gu");
    expect("abc xabd abé".match(re)).toEqual(["abc", "abé"]);
    expect("abc x abé".replace(re, "[$1]")).toBe("[c] x [é]");
    expect("1ab2abz3".split(lazyRegExp(() => /ab\p{L}?/u))).toEqual(["1", "2", "3"]);
    expect("z abq".search(lazyRegExp(() => /ab/u))).toBe(2);
    re.lastIndex = 0;
    expect(re.exec("ab abx")?.[0]).toBe("ab");
    expect(re.lastIndex).toBe(2);
    expect(re.exec("ab abx")?.[1]).toBe("x");
    expect(new RegExp(re.source, "u").test("abz")).toBe(true);
  });
});
