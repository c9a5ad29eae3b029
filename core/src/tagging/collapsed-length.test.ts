import { describe, expect, test } from "vitest";
import { collapsedLength, firstVisibleCode, isJsWhiteSpace } from "./collapsed-length";

const regexLength = (text: string) => text.replace(/\s+/g, " ").trim().length;

describe("collapsedLength", () => {
  test("white space is what \\s and trim() call white space, for every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      expect(isJsWhiteSpace(code), code.toString(16)).toBe(/\s/.test(ch));
      expect(ch.trim() === "", code.toString(16)).toBe(isJsWhiteSpace(code));
    }
  });

  test("equals the length of the collapsed, trimmed copy", () => {
    const samples = [
      "",
      " ",
      "\n\t ",
      "word",
      "  two   words \n",
      "\u00a0http://a.b\u2003",
      "a\u2028\u2029b\ufeffc",
      " é  \ud83d\ude00 x ",
    ];
    // Random strings over a small alphabet dense in white space.
    const alphabet = [" ", "\n", "\t", "\u00a0", "\u3000", "a", "b", "\u2009", "é"];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let s = "";
      const length = n % 17;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += alphabet[seed % alphabet.length] ?? "";
      }
      samples.push(s);
    }
    for (const s of samples) expect(collapsedLength(s), JSON.stringify(s)).toBe(regexLength(s));
  });

  test("finds the first visible character", () => {
    expect(firstVisibleCode(" \n www")).toBe("w".charCodeAt(0));
    expect(firstVisibleCode(" \u00a0")).toBe(-1);
    expect(firstVisibleCode("")).toBe(-1);
  });
});
