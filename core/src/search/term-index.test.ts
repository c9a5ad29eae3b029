import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexPhrases, stemsOfWords, type Phrase } from "./term-index";

/** Phrase indexes by key, the plain way (no repeats, in phrase order). */
function naiveMap(phrases: readonly Phrase[], keysOf: (p: Phrase) => string[]) {
  const map = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    for (const key of new Set(keysOf(p))) map.set(key, [...(map.get(key) ?? []), i]);
  });
  return map;
}

const phraseArbitrary = fc
  .array(fc.constantFrom("net", "migration", "stock", "2020"), { minLength: 1, maxLength: 4 })
  .map((words): Phrase => ({
    indicatorId: words[0] ?? "",
    text: words.join(" "),
    lang: "en",
    ambiguous: false,
    norm: words.join(" "),
    words,
    stems: stemsOfWords(words, "en"),
  }));

describe("indexPhrases", () => {
  it("maps each phrase and each word to the phrases that have it, for any phrases", () => {
    fc.assert(
      fc.property(fc.array(phraseArbitrary, { maxLength: 20 }), (phrases) => {
        const index = indexPhrases(phrases);
        expect(index.phrases).toBe(phrases);
        expect(index.exact).toStrictEqual(naiveMap(phrases, (p) => [p.norm]));
        expect(index.byWord).toStrictEqual(naiveMap(phrases, (p) => p.words));
      }),
    );
  });

  it("builds each map once, on first use", () => {
    const index = indexPhrases([
      {
        indicatorId: "net-migration",
        text: "Net migration",
        lang: "en",
        ambiguous: false,
        norm: "net migration",
        words: ["net", "migration"],
        stems: ["net", "migrat"],
      },
    ]);
    expect(index.exact).toBe(index.exact);
    expect(index.byWord).toBe(index.byWord);
    expect(index.stems).toBe(index.stems);
    expect(index.byWord.get("migration")).toEqual([0]);
  });
});
