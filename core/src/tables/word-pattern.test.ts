import { describe, expect, test } from "vitest";
import { compileWordPatterns, wordPattern, wordPatternBody } from "./word-pattern";

/** The body as it was built before runs of stems shared their letter class. */
const oneClassEach = (alternatives: readonly string[]) =>
  alternatives.map((a) => a.replaceAll("~", "\\p{L}*")).join("|");

const LETTER = "[\\p{L}\\p{N}]";
const whole = (body: string) => new RegExp(`(?<!${LETTER})(?:${body})(?!${LETTER})`, "gu");

describe("wordPatternBody", () => {
  const alternatives = [
    "age",
    "age group~",
    "edad~",
    "grupo~ de edad",
    "envoyes?",
    "возраст~",
    "tranche~ d age",
    "sex~",
    "пол",
    "الفئه العمري~",
  ];

  test("runs of plain stems share one letter class; other alternatives keep their own", () => {
    const body = wordPatternBody(alternatives);
    expect(body).toBe(
      "age|(?:age group|edad)\\p{L}*|grupo\\p{L}* de edad|envoyes?|возраст\\p{L}*|tranche\\p{L}* d age|sex\\p{L}*|пол|الفئه العمري\\p{L}*",
    );
    expect(body.split("\\p{L}").length).toBeLessThan(
      oneClassEach(alternatives).split("\\p{L}").length,
    );
  });

  test("finds the same matches, at the same places and of the same length, as one class each", () => {
    const texts = [
      "Age groups by edades and sexes",
      "age group 15-19, grupos de edad, tranches d age",
      "возрастные группы, пол, возраст",
      "ages agenda sexo envoye envoyes envoyesx",
      "الفئه العمرية والجنس",
      "edad2 edad edadx2 sex",
      "",
    ];
    const grouped = whole(wordPatternBody(alternatives));
    const each = whole(oneClassEach(alternatives));
    for (const text of texts) {
      const found = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
      expect(found(grouped)).toEqual(found(each));
    }
  });
});

describe("compileWordPatterns", () => {
  test("builds the patterns no one has used, a few at a time, then says none is left", () => {
    const made = [wordPattern(["alpha~"]), wordPattern(["beta~"]), wordPattern(["gamma~"])];
    let calls = 0;
    while (compileWordPatterns(1)) calls++;
    // Every pattern made so far (other modules' too) is built: they still match as before.
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(made.map((re) => re.test("betas"))).toEqual([false, true, false]);
    expect(compileWordPatterns(1)).toBe(false);
  });
});
