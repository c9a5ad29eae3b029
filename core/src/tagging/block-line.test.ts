import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { afterBlockLine } from "./block-line";

/** The unbounded version this replaced (lastIndexOf back to the text's start). */
function afterBlockLineReference(text: string, begin: number, at: number): number {
  let lineStart = text.lastIndexOf("\n", at - 1);
  for (let k = 0; k < 4 && lineStart > begin; k++) {
    const previous = text.lastIndexOf("\n", lineStart - 1);
    if (lineStart - previous - 1 >= 40) return lineStart + 1;
    lineStart = previous;
  }
  return begin;
}

const lineOfText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ minLength: 35, maxLength: 60 }),
  fc.constant(""),
);

describe("afterBlockLine", () => {
  it("starts after a long line before the mention, not after a short one", () => {
    const headline = "Related: a long headline about something else entirely here";
    const text = `${headline}\n12 refugees arrived`;
    expect(afterBlockLine(text, 0, text.indexOf("refugees"))).toBe(headline.length + 1);
    const short = "3.6 million\nSyrian refugees";
    expect(afterBlockLine(short, 0, short.indexOf("refugees"))).toBe(0);
  });

  it("gives what the unbounded search gave, on any lines", () => {
    fc.assert(
      fc.property(fc.array(lineOfText, { maxLength: 12 }), fc.nat(), fc.nat(), (lines, a, b) => {
        const text = lines.join("\n");
        const at = text.length === 0 ? 0 : b % (text.length + 1);
        const begin = at === 0 ? 0 : a % (at + 1);
        expect(afterBlockLine(text, begin, at)).toBe(afterBlockLineReference(text, begin, at));
      }),
      { numRuns: 3000 },
    );
  });

  it("looks back a bounded distance on text with no line breaks", () => {
    // Quadratic before: every call scanned back to the start of a 2 MB line.
    const text = "word ".repeat(400_000);
    let sum = 0;
    for (let at = 1_000_000; at < 1_000_000 + 20_000; at += 10)
      sum += afterBlockLine(text, at - 300, at);
    expect(sum).toBeGreaterThan(0);
  });
});
