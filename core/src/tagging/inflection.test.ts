/**
 * The page tagger finds inflected forms of catalogue phrases, kind by kind. Each kind is one
 * rule of the language's grammar applied to every catalogue phrase it fits (not a few examples):
 * the inflected text must still be tagged with the phrase's indicator, over the whole text.
 */
import { getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import type { Language } from "../catalogue/vocabulary";
import { createMentionMatcher } from "./mention-matcher";

const index = getCatalogueIndex();
const matcher = createMentionMatcher(index);

/** Rewrites one word, or returns undefined when the rule does not fit it. */
type WordRule = (word: string) => string | undefined;

interface Outcome {
  tried: number;
  found: number;
  missed: string[];
}

/**
 * Applies `rule` to the words of every phrase in `lang` (a phrase counts when the rule changed
 * at least one word) and checks that the tagger finds the phrase's indicator over the whole text.
 */
function inflectCatalogue(lang: Language, rule: WordRule): Outcome {
  const outcome: Outcome = { tried: 0, found: 0, missed: [] };
  const seen = new Set<string>();
  for (const phrase of index.phrases) {
    if (phrase.lang !== lang) continue;
    const text = phrase.text
      .split(" ")
      .map((w) => (/^\p{L}+$/u.test(w) ? (rule(w) ?? w) : w))
      .join(" ");
    if (text === phrase.text || seen.has(text)) continue;
    seen.add(text);
    outcome.tried++;
    const mentions = matcher.findMentions(text);
    const whole = mentions.length === 1 ? mentions[0] : undefined;
    const names = whole && [whole.id, ...(whole.alternatives ?? [])];
    if (whole?.start === 0 && whole.end === text.length && names?.includes(phrase.indicatorId)) {
      outcome.found++;
    } else outcome.missed.push(text);
  }
  return outcome;
}

function expectMostFound(outcome: Outcome, minShare: number, minTried: number): void {
  expect(outcome.tried).toBeGreaterThanOrEqual(minTried);
  const share = outcome.found / outcome.tried;
  expect(share, `missed: ${outcome.missed.slice(0, 15).join(" | ")}`).toBeGreaterThanOrEqual(
    minShare,
  );
}

const LATIN_TO_SERBIAN_CYRILLIC: [string, string][] = [
  ["lj", "љ"],
  ["nj", "њ"],
  ["dž", "џ"],
  ["a", "а"],
  ["b", "б"],
  ["c", "ц"],
  ["č", "ч"],
  ["ć", "ћ"],
  ["d", "д"],
  ["đ", "ђ"],
  ["e", "е"],
  ["f", "ф"],
  ["g", "г"],
  ["h", "х"],
  ["i", "и"],
  ["j", "ј"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["š", "ш"],
  ["t", "т"],
  ["u", "у"],
  ["v", "в"],
  ["z", "з"],
  ["ž", "ж"],
];

function toSerbianCyrillic(word: string): string {
  let out = word.toLowerCase();
  for (const [latin, cyrillic] of LATIN_TO_SERBIAN_CYRILLIC) out = out.replaceAll(latin, cyrillic);
  return out;
}

describe("the page tagger finds inflected forms of catalogue phrases", () => {
  it("English: plural nouns in the singular, singular ones in the plural", () => {
    const singular = inflectCatalogue("en", (w) =>
      w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : undefined,
    );
    expectMostFound(singular, 0.9, 100);
    const plural = inflectCatalogue("en", (w) =>
      w.length > 4 && /[^s]$/.test(w) && /^[a-z]+$/.test(w) ? `${w}s` : undefined,
    );
    expectMostFound(plural, 0.85, 100);
  });

  it("French: plural and feminine agreement (immigré → immigrées, politique → politiques)", () => {
    const plural = inflectCatalogue("fr", (w) =>
      w.length > 4 && /[^sx]$/.test(w) ? `${w}s` : undefined,
    );
    expectMostFound(plural, 0.85, 100);
    // Past participles and adjectives in -é take the feminine plural (not nouns in -ité).
    const feminine = inflectCatalogue("fr", (w) =>
      /[^t]é$/.test(w) && !w.endsWith("ité") ? `${w}es` : undefined,
    );
    // Weaker: the longest shared stem may belong to another language ("réfugiées" reads as
    // Spanish "refugi…"), and "nées" is too short to stem.
    expectMostFound(feminine, 0.5, 5);
  });

  it("Spanish: plurals (solicitud → solicitudes, migratorio → migratorios)", () => {
    const plural = inflectCatalogue("es", (w) => {
      if (w.length <= 4) return undefined;
      if (w.endsWith("ción")) return `${w.slice(0, -4)}ciones`;
      return /[aeo]$/.test(w) ? `${w}s` : /[dlr]$/.test(w) ? `${w}es` : undefined;
    });
    // Weaker: a page word that is itself a catalogue word of another phrase ("irregulares")
    // keeps that word's class even when its stem would join the phrase's ("irregular").
    expectMostFound(plural, 0.7, 100);
  });

  it("Russian: genitive plurals of nouns, adjectives and participles (выбывшие → выбывших)", () => {
    const genitive = inflectCatalogue("ru", (w) => {
      if (w.length <= 4) return undefined;
      if (/[ыи]е$/.test(w)) return `${w.slice(0, -1)}х`;
      if (/[^кгхжшщч]ы$/.test(w)) return `${w.slice(0, -1)}ов`;
      return undefined;
    });
    expectMostFound(genitive, 0.85, 30);
  });

  it("Arabic: proclitics and the oblique masculine plural (اللاجئون → واللاجئين)", () => {
    const withClitics = inflectCatalogue("ar", (w) => {
      if (w.length < 4) return undefined;
      const plural = w.endsWith("ون") ? `${w.slice(0, -2)}ين` : w;
      return w.startsWith("ال") ? `و${plural}` : `وال${plural}`;
    });
    expectMostFound(withClitics, 0.8, 50);
  });

  it("Arabic: 'for the' before a word starting with lam is written with two lams (للاجئين)", () => {
    const arabic = createMentionMatcher(index, { lang: "ar" });
    const [forRefugees] = arabic.findMentions("قدمت المساعدة للاجئين");
    expect(forRefugees?.text).toBe("للاجئين");
    expect([forRefugees?.id, ...(forRefugees?.alternatives ?? [])]).toContain(
      "stock-refugees-hosted",
    );
  });

  it("Arabic: a bare 'for' before an indefinite word (لطلبات), and no cut of a lam of the root", () => {
    const arabic = createMentionMatcher(index, { lang: "ar" });
    const found = (text: string) => arabic.findMentions(text).map((m) => `${m.text}→${m.id}`);
    expect(found("بالنسبة لطلبات اللجوء، كانت هناك زيادة")).toEqual([
      "لطلبات اللجوء→flow-asylum-applications",
    ]);
    // «لاجئين» (refugees) starts with a lam of its root: still the refugees.
    expect(found("عدد لاجئين")).toEqual(["لاجئين→stock-refugees-hosted"]);
  });

  it("Russian: a genitive plural too short to stem meets its other forms (лиц / лица)", () => {
    const russian = createMentionMatcher(index, { lang: "ru" });
    expect(russian.findMentions("5 млн внутренне перемещенных лиц").map((m) => m.id)).toEqual([
      "stock-idps",
    ]);
    expect(russian.findMentions("число лиц без гражданства").map((m) => m.id)).toEqual([
      "stock-stateless",
    ]);
  });

  it("Russian and French case forms the stemmer reads apart (граждан / граждане)", () => {
    // Snowball stems «граждан» to «гражда» but «граждане» to «граждан»; "etranger" to "etrang"
    // (as a verb) but "etrangers" to "etranger".
    const russian = createMentionMatcher(index, { lang: "ru" });
    expect(russian.findMentions("иностранных граждан").map((m) => m.id)).toEqual([
      "stock-foreign-citizens",
    ]);
    const french = createMentionMatcher(index, { lang: "fr" });
    expect(french.findMentions("un travailleur étranger").map((m) => m.id)).toEqual([
      "stock-migrant-workers",
    ]);
  });

  it("Romanian: the definite plural genitive (emigranți → emigranților)", () => {
    const genitive = inflectCatalogue("ro", (w) =>
      w.length > 4 && /[țţ]i$/.test(w) ? `${w}lor` : undefined,
    );
    expectMostFound(genitive, 0.8, 10);
  });

  it("joins the forms of a word that each differ from it only in their endings", () => {
    // «străini» is a form of «străină» (cetățenie străină) and of «străinilor»; the last two
    // differ by more than an ending, yet all three are one word of one class.
    const romanian = createMentionMatcher(index, { lang: "ro" });
    for (const text of ["numărul străinilor", "străinii", "cetățenilor străini"]) {
      expect(
        romanian.findMentions(text).map((m) => m.id),
        text,
      ).toContain("stock-foreign-citizens");
    }
  });

  it("Serbian: Latin phrases written in Cyrillic", () => {
    const cyrillic = inflectCatalogue("sr", toSerbianCyrillic);
    // Weaker: where a Russian catalogue stem is as long, the Cyrillic word reads as Russian.
    expectMostFound(cyrillic, 0.6, 50);
  });

  it("does not read a derived word as an inflected one", () => {
    // Same stems, different words: sports, populism, "to expel", "distant", "the stage" (not
    // «المرحلون», the deportees).
    for (const text of [
      "Deportes",
      "les populismes",
      "expulser",
      "éloignés",
      "popular",
      "المرحلة",
    ]) {
      expect(matcher.findMentions(text), text).toEqual([]);
    }
  });

  it("keeps a derived word out of the class of a word it shares a stem with", () => {
    // fr:immigr is the stem of both; "l'immigration" (the process) is no form of "immigré".
    const french = createMentionMatcher(index, { lang: "fr" });
    expect(french.findMentions("l'immigration").map((m) => m.id)).not.toContain("stock-immigrants");
    expect(french.findMentions("des immigrés").map((m) => m.id)).toContain("stock-immigrants");
  });

  it("still ranks an exact phrase above its inflected form", () => {
    const [exact] = matcher.findMentions("refugees");
    const [inflected] = matcher.findMentions("refugee");
    expect(exact?.inflected).toBeUndefined();
    expect(inflected?.inflected).toBe(true);
    expect(exact?.score ?? 0).toBeGreaterThan(inflected?.score ?? 1);
  });
});
