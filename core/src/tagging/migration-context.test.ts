import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { lacksMigrationContext } from "./migration-context";
import { selectPageMentions } from "./page-mentions";

/** A mention of `words` at its first place in `text`. */
function at(text: string, words: string, id: string, score = 0.85): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id, text: words, start, end: start + words.length, score };
}

describe("lacksMigrationContext", () => {
  it("drops a generic word with no migration word in its sentence", () => {
    const text =
      "The bill raises the income limit to $220,000 and removing a requirement that one child attended a public school.";
    expect(lacksMigrationContext(text, at(text, "removing", "flow-removals"))).toBe(true);
    const vote =
      "Lawmakers entered the National Assembly building and voted 190-0 to reject it. Since then he resigned.";
    expect(lacksMigrationContext(vote, at(vote, "reject", "flow-asylum-decisions"))).toBe(true);
  });

  it("keeps the word beside a migration word or a border, and migration words themselves", () => {
    const text = "In 2023, 4,200 asylum claims were rejected. Removals of migrants rose to 900.";
    expect(lacksMigrationContext(text, at(text, "rejected", "flow-asylum-decisions"))).toBe(false);
    expect(lacksMigrationContext(text, at(text, "Removals", "flow-removals"))).toBe(false);
    const border = "Agents made 250,000 apprehensions at the southern border in May.";
    expect(
      lacksMigrationContext(border, at(border, "apprehensions", "flow-irregular-entries")),
    ).toBe(false);
    const people = "Some 3.6 million refugees live in Turkey.";
    expect(lacksMigrationContext(people, at(people, "refugees", "stock-refugees-hosted"))).toBe(
      false,
    );
  });

  it("keeps phrases and acronyms, and reads no further than the sentence", () => {
    const text = "Asylum seekers wait. The board rejected 12 of the 40 plans in 2023.";
    expect(lacksMigrationContext(text, at(text, "rejected", "flow-asylum-decisions"))).toBe(true);
    const phrase = "The remittance inflow grew to $4 billion.";
    expect(lacksMigrationContext(phrase, at(phrase, "remittance inflow", "remit-inflow"))).toBe(
      false,
    );
    const acronym = "The NRM received 17,000 referrals.";
    expect(lacksMigrationContext(acronym, at(acronym, "NRM", "flow-trafficking-victims"))).toBe(
      false,
    );
  });

  it("finds an Arabic anchor behind 'for the' written with two lams (للاجئين)", () => {
    const text = "قدمت الحكومة 600 ألف للاجئين.";
    expect(lacksMigrationContext(text, at(text, "للاجئين", "stock-refugees-hosted"))).toBe(false);
    const aid = "قدمت الحكومة 600 ألف للمدارس.";
    expect(lacksMigrationContext(aid, at(aid, "للمدارس", "stock-refugees-hosted"))).toBe(true);
  });

  it("makes a page report nothing from 'Remove ads' beside a figure", () => {
    const text = "Don't want to see this? Remove ads. On 28 February 2025 the court met.";
    const kept = selectPageMentions([at(text, "Remove", "flow-removals", 0.9)], text, {
      contextIds: new Set(),
    });
    expect(kept).toEqual([]);
  });
});
