/**
 * The fast matcher must give exactly what the straightforward one gave (kept as test support in
 * testing/reference-mention-matcher.ts) on any text, whole or chunked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "@gapmap/catalog";
import { indexPhrases, stemsOfWords, type Phrase, type TermIndex } from "../search/term-index";
import { SKIPPABLE_IN_PHRASE } from "./phrase-links";
import { createMentionMatcher, type MentionMatcher, type MentionStream } from "./mention-matcher";
import { createReferenceMentionMatcher } from "./testing/reference-mention-matcher";

const RUNS = 300;
const index = getCatalogueIndex();
const phraseTexts = index.phrases.map((p) => p.text);
// Inflected forms of catalogue words, so that the stemmed path is walked as often as the exact.
const INFLECTED = [
  "refugee",
  "Immigrées",
  "выбывших",
  "прибывших",
  "اللاجئين",
  "solicitudes",
  "Deployed",
];
const phraseWords = [...new Set(phraseTexts.flatMap((t) => t.split(/\s+/))), ...INFLECTED];
const stopwords = [...SKIPPABLE_IN_PHRASE];

// Letters that exercise every fold: case, accents, Romanian cedilla/comma, Cyrillic ё/й,
// Arabic variants and marks, soft hyphen, tatweel, combining marks, astral and odd cases.
const LETTERS = [
  ...Array.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
  // One code point each, marks on their own: they should land anywhere in a word.
  ...Array.from("éÉèçÇăâîșşțţĂȘŢёЁйЙжЖиИعةأإىئـًٌ\u00AD\u0301\u0308ßİǅ½²ªº"),
  "𝐀",
  "😀",
];
const SEPARATORS = [
  " ",
  "  ",
  ", ",
  ". ",
  "\n",
  "-\n  ",
  "-\n",
  "- \t\r\n\n ",
  "\u2010\n",
  "\u2011 \n",
  "\u00AD\n",
  "'",
  "’",
  "-",
  "/",
  " (",
  ") ",
  "",
  "\t",
  "\r\n",
  " — ",
  "-\n1",
];

const caseChange = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
);

function tokenArb(phrases: string[], words: string[]): fc.Arbitrary<string> {
  const randomWord = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 8 });
  const token = fc.oneof(
    { arbitrary: fc.constantFrom(...phrases), weight: 3 },
    { arbitrary: fc.constantFrom(...words), weight: 3 },
    { arbitrary: fc.constantFrom(...stopwords), weight: 3 },
    { arbitrary: randomWord, weight: 2 },
  );
  return fc.tuple(token, caseChange).map(([t, change]) => change(t));
}

function textArb(phrases: string[], words: string[]): fc.Arbitrary<string> {
  const piece = fc.tuple(tokenArb(phrases, words), fc.constantFrom(...SEPARATORS));
  return fc.array(piece, { maxLength: 40, size: "large" }).map((pieces) => pieces.flat().join(""));
}

interface Chunked {
  chunks: string[];
  breaks: boolean[];
  separator: string;
}

function chunkedArb(phrases: string[], words: string[]): fc.Arbitrary<Chunked> {
  return fc
    .record({
      text: textArb(phrases, words),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
      breaks: fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }),
      separator: fc.constantFrom("", "\n", " "),
    })
    .map(({ text, cuts, breaks, separator }) => {
      const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let from = 0;
      for (const cut of [...at, text.length]) {
        chunks.push(text.slice(from, cut));
        from = cut;
      }
      return { chunks, breaks, separator };
    });
}

/** Every push's answer and the end's answer, in order. */
/** What both matchers offer (the frozen reference predates `hasOpenPhrase`). */
interface ComparableMatcher {
  findMentions: MentionMatcher["findMentions"];
  createStream: (options?: { separator?: string }) => Pick<MentionStream, "push" | "end">;
}

function streamAnswers(matcher: ComparableMatcher, input: Chunked): unknown[] {
  const stream = matcher.createStream({ separator: input.separator });
  const answers: unknown[] = input.chunks.map((chunk, i) =>
    stream.push(chunk, { breakBefore: input.breaks[i] === true }),
  );
  answers.push(stream.end());
  return answers;
}

function expectSameAsReference(
  matcher: ComparableMatcher,
  reference: ComparableMatcher,
  phrases: string[],
  words: string[],
): void {
  // Count what the texts hold, so a generator that stopped producing mentions would be noticed.
  let found = 0;
  fc.assert(
    fc.property(textArb(phrases, words), (text) => {
      const expected = reference.findMentions(text);
      found += expected.length;
      expect(matcher.findMentions(text)).toStrictEqual(expected);
    }),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(chunkedArb(phrases, words), (input) => {
      expect(streamAnswers(matcher, input)).toStrictEqual(streamAnswers(reference, input));
    }),
    { numRuns: RUNS },
  );
  expect(found).toBeGreaterThan(RUNS);
}

function customIndex(): TermIndex {
  // Phrases the catalogue lacks: made of function words, starting with one, long, unnormalised.
  const specs: [string, string[], boolean][] = [
    ["only-function-words", ["de", "la"], false],
    ["single-function-word", ["of"], true],
    ["starts-with-function-word", ["the", "migrant", "stock"], false],
    ["migrant-stock", ["migrant", "stock"], false],
    ["migrant-stock-long", ["migrant", "stock", "of", "origin", "by", "sex", "and", "age"], false],
    ["cyrillic", ["в", "мигранты"], false],
    ["unnormalised", ["Foo", "bar"], false],
    ["digits", ["2020", "census"], true],
  ];
  const phrases: Phrase[] = specs.map(([id, words, ambiguous]) => ({
    indicatorId: id,
    text: words.join(" "),
    lang: "en",
    ambiguous,
    norm: words.join(" "),
    words,
    stems: stemsOfWords(words, "en"),
  }));
  return indexPhrases(phrases);
}

describe("the fast mention matcher", () => {
  it("finds exactly what the reference matcher finds in catalogue text", () => {
    expectSameAsReference(
      createMentionMatcher(index),
      createReferenceMentionMatcher(index),
      phraseTexts,
      phraseWords,
    );
  });

  it("finds exactly what the reference finds when phrases hold function words", () => {
    const custom = customIndex();
    const texts = custom.phrases.map((p) => p.text);
    const words = [...new Set(texts.flatMap((t) => t.split(" "))), "Мигранты", "В", "FOO"];
    expectSameAsReference(
      createMentionMatcher(custom),
      createReferenceMentionMatcher(custom),
      texts,
      words,
    );
  });

  it("needs a chunk's break only while a phrase is open (hasOpenPhrase)", () => {
    const matcher = createMentionMatcher(index);
    let open = 0;
    fc.assert(
      fc.property(chunkedArb(phraseTexts, phraseWords), (input) => {
        const stream = matcher.createStream({ separator: input.separator });
        const answers: unknown[] = input.chunks.map((chunk, i) => {
          const asked = stream.hasOpenPhrase();
          if (asked) open++;
          return stream.push(chunk, { breakBefore: asked && input.breaks[i] === true });
        });
        answers.push(stream.end());
        expect(answers).toStrictEqual(streamAnswers(matcher, input));
      }),
      { numRuns: RUNS },
    );
    expect(open).toBeGreaterThan(RUNS / 4);
  });

  it("agrees with the reference on a long page fed in many small chunks", () => {
    const text = phraseTexts.filter((_, i) => i % 7 === 0).join(" et la de -\n  the, ");
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 37) chunks.push(text.slice(i, i + 37));
    const input = { chunks, breaks: chunks.map((_, i) => i % 11 === 0), separator: "\n" };
    const answers = streamAnswers(createMentionMatcher(index), input);
    expect(answers).toStrictEqual(streamAnswers(createReferenceMentionMatcher(index), input));
    expect(answers.flat().length).toBeGreaterThan(100);
  });
});
