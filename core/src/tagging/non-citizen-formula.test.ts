import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { isNonCitizenFormula } from "./non-citizen-formula";

/** A mention of `words` at its first place in `text`. */
function at(text: string, words: string, id: string): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id, text: words, start, end: start + words.length, score: 0.9 };
}

describe("isNonCitizenFormula", () => {
  it("reads 'foreign citizens and stateless persons' as one group, in several languages", () => {
    for (const [text, foreign, stateless] of [
      [
        "оформлено 359 727 патентов иностранным гражданам и лицам без гражданства",
        "иностранным гражданам",
        "лицам без гражданства",
      ],
      [
        "In 2021, foreign nationals and stateless persons received 10,000 permits.",
        "foreign nationals",
        "stateless persons",
      ],
      ["بلغ عدد الأجانب وعديمي الجنسية 5000 شخص", "الأجانب", "وعديمي الجنسية"],
    ] as const) {
      const mentions = [
        at(text, foreign, "stock-foreign-citizens"),
        at(text, stateless, "stock-stateless"),
      ];
      expect(isNonCitizenFormula(text, mentions, 1)).toBe(true);
      expect(isNonCitizenFormula(text, mentions, 0)).toBe(false);
    }
  });

  it("keeps stateless persons counted on their own", () => {
    const text = "Foreigners rose to 2 million, while 50,000 stateless persons were registered.";
    const mentions = [
      at(text, "Foreigners", "stock-foreign-citizens"),
      at(text, "stateless persons", "stock-stateless"),
    ];
    expect(isNonCitizenFormula(text, mentions, 1)).toBe(false);
  });
});
