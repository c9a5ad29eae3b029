import { getCatalogueIndex } from "@gapmap/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Phrase, TermIndex } from "../search/term-index";
import {
  acronymForms,
  createMentionMatcher,
  createMentionMatcherInSteps,
  AMBIGUOUS_MENTION_SCORE,
} from "./mention-matcher";

const matcher = createMentionMatcher(getCatalogueIndex());

function ids(text: string): string[] {
  return matcher.findMentions(text).map((m) => m.id);
}

describe("createMentionMatcher", () => {
  it("matches without accents or case and maps offsets to the original text", () => {
    const text = "En 2014, les DECISIONS POSITIVES ont augmenté.";
    const [m] = matcher.findMentions(text);
    expect(m?.id).toBe("flow-asylum-decisions");
    expect(text.slice(m?.start, m?.end)).toBe("DECISIONS POSITIVES");
    expect(m?.text).toBe("DECISIONS POSITIVES");
  });

  it("joins a word hyphenated across a line break", () => {
    const text = "Les demandes d'asile dépo-\n   sées ont baissé.";
    const [m] = matcher.findMentions(text);
    expect(m?.id).toBe("flow-asylum-applications");
    expect(m?.text).toBe("demandes d'asile dépo-\n   sées");
  });

  it("prefers the longest phrase", () => {
    const text = "Décisions positives des demandes d’asile par pays";
    const found = matcher.findMentions(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe("Décisions positives des demandes d’asile");
  });

  it("scores ambiguous words lower and lists every candidate", () => {
    const [m] = matcher.findMentions("Nombre d'immigrants en 2020");
    expect(m?.score).toBe(AMBIGUOUS_MENTION_SCORE);
    expect(m?.alternatives).toEqual(
      expect.arrayContaining(["stock-immigrants", "flow-immigration"]),
    );
    expect(m?.alternatives).toContain(m?.id);
  });

  it("gives offsets into Cyrillic and Arabic text", () => {
    const ru = "В 2023 году: иммиграция выросла, эмиграция снизилась.";
    const found = matcher.findMentions(ru);
    expect(found.map((m) => ru.slice(m.start, m.end))).toEqual(["иммиграция", "эмиграция"]);
    const ar = "ارتفعت طلبات اللجوء المقدمة في عام 2022";
    const [m] = matcher.findMentions(ar);
    expect(m?.id).toBe("flow-asylum-applications");
    expect(ar.slice(m?.start, m?.end)).toBe("طلبات اللجوء المقدمة");
  });

  it("folds Arabic letter variants and vowel marks", () => {
    const [m] = matcher.findMentions("طَلَبَاتُ اللُّجُوءِ");
    expect(m?.id).toBe("flow-asylum-applications");
  });

  it("finds nothing in unrelated text", () => {
    expect(ids("The weather in Geneva was mild and sunny.")).toEqual([]);
  });

  it("finds the same mentions whether text arrives whole or in chunks", () => {
    const chunks = ["Les décisions", "positives des demandes", "d'asile et les ", "sans-papiers"];
    const whole = matcher.findMentions(chunks.join("\n"));
    const stream = matcher.createStream({ separator: "\n" });
    const fed = chunks.flatMap((c) => stream.push(c)).concat(stream.end());
    expect(fed).toEqual(whole);
    expect(fed.map((m) => m.id)).toEqual(["flow-asylum-decisions", "stock-irregular-migrants"]);
  });

  it("does not join chunks across a block break", () => {
    const stream = matcher.createStream({ separator: "\n" });
    const found = [
      ...stream.push("décisions"),
      ...stream.push("positives", { breakBefore: true }),
      ...stream.end(),
    ];
    expect(found).toEqual([]);
  });

  it("finds every mention on a 2 MB page (speed is measured by npm run bench)", () => {
    const filler = "Le rapport annuel présente la population, le climat et l'économie du pays. ";
    const mention = "Les demandes d'asile et les décisions positives sont publiées. ";
    let page = "";
    let repeats = 0;
    while (page.length < 2_000_000) {
      page += filler.repeat(20) + mention;
      repeats++;
    }
    const found = matcher.findMentions(page);
    expect(found.filter((m) => m.id === "flow-asylum-decisions")).toHaveLength(repeats);
  });

  it("is built in several steps that end with the same matcher as the one-go build", () => {
    const steps = createMentionMatcherInSteps(getCatalogueIndex(), { lang: "fr" });
    let yields = 0;
    let next = steps.next();
    for (; next.done !== true; next = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    const text = "Les demandes d'asile et les décisions positives, l'immigration et la population.";
    const oneGo = createMentionMatcher(getCatalogueIndex(), { lang: "fr" });
    expect(next.value.findMentions(text)).toEqual(oneGo.findMentions(text));
    expect(next.value.findMentions(text).length).toBeGreaterThan(2);
  });
});

describe("acronymForms", () => {
  // What it gave before it skipped the set of plain norms: acronym norms no plain phrase has.
  function reference(index: TermIndex) {
    const forms = new Map<string, Set<string>>();
    const plain = new Set<string>();
    let longest = 0;
    for (const p of index.phrases) {
      if (p.acronym !== true) {
        plain.add(p.norm);
        continue;
      }
      const set = forms.get(p.norm) ?? new Set<string>();
      set.add(p.text.trim());
      forms.set(p.norm, set);
      longest = Math.max(longest, p.text.length);
    }
    for (const norm of plain) forms.delete(norm);
    return { forms, longest };
  }

  it("keeps the acronyms' written forms, less those a plain phrase also spells", () => {
    const catalogue = getCatalogueIndex();
    expect(acronymForms(catalogue)).toEqual(reference(catalogue));
    const norms = ["nrm", "pmi", "rvp", "idp"];
    const phrase = fc.record({
      norm: fc.constantFrom(...norms),
      text: fc.constantFrom("NRM", " nrm", "PMI", "РВП", "Idp "),
      acronym: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), (phrases) => {
        const index = { phrases: phrases as unknown as Phrase[] } as TermIndex;
        expect(acronymForms(index)).toEqual(reference(index));
      }),
      { numRuns: 300 },
    );
  });
});
