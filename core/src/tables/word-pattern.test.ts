import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  compileWordPatterns,
  wordPattern,
  wordPatternBody,
  wordPatternSource,
} from "./word-pattern";

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

describe("wordPattern's test", () => {
  const alternatives = ["age", "sex~", "grupo~ de edad", "envoyes?", "возраст~", "2\\d"];
  const fragments = ["age", "s", "sex", "grupo", "s de edad", "envoye", "возраст", "ные", "2", "1"];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...fragments, " ", "-", "x", "é"), fc.string()), {
      maxLength: 8,
    })
    .map((parts) => parts.join(""));

  test("answers as the whole-word regex does, its body tried first or not", () => {
    for (const atStart of [false, true]) {
      const pattern = wordPattern(alternatives, { atStart });
      const whole = new RegExp(wordPatternSource(alternatives, { atStart }), "u");
      fc.assert(
        fc.property(text, (t) => pattern.test(t) === whole.test(t)),
        { numRuns: 500 },
      );
      // The body matches in each of these, the whole word in none.
      for (const t of ["ages", "page", "envoyesx", "12x", "возрастной1"]) {
        expect(pattern.test(t)).toBe(false);
      }
      expect(pattern.test("sexes")).toBe(true);
    }
  });

  test("is a RegExp for every other use: source, exec, match, replace", () => {
    const pattern = wordPattern(["sex~"]);
    expect(pattern).toBeInstanceOf(RegExp);
    expect(pattern.source).toBe(new RegExp(wordPatternSource(["sex~"]), "u").source);
    expect(pattern.exec("by sexes")?.[0]).toBe("sexes");
    expect("by sexes".replace(pattern, "S")).toBe("by S");
  });
});
