import { describe, expect, it } from "vitest";
import { typoNeighbours } from "./deletion-index";
import { buildStemClasses } from "./stem-classes";
import { NO_SHORTHAND } from "./shorthand-words";
import type { TermIndex } from "./term-index";
import { deletionVariants, MIN_TYPO_LENGTH, withinOneEdit } from "./token-variants";

function indexOf(words: readonly string[]): TermIndex {
  return {
    phrases: [],
    exact: new Map(),
    byWord: new Map(words.map((w) => [w, [0]])),
    stems: new Map(),
    classes: buildStemClasses([]),
    measures: new Map(),
    counterparts: new Map(),
    shorthand: NO_SHORTHAND,
    contextIds: new Set(),
    statusBreakdownIds: new Set(),
  };
}

/** The SymSpell lookup the buckets replace: a deletion map over the whole vocabulary. */
function viaDeletionMap(words: readonly string[], word: string): string[] {
  const map = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < MIN_TYPO_LENGTH - 1) continue;
    for (const d of deletionVariants(w)) {
      const held = map.get(d) ?? [];
      if (held[held.length - 1] !== w) held.push(w);
      map.set(d, held);
    }
  }
  const out: string[] = [];
  for (const d of deletionVariants(word)) {
    for (const w of map.get(d) ?? []) if (withinOneEdit(word, w) && !out.includes(w)) out.push(w);
  }
  return out;
}

const VOCABULARY = [
  "migrants",
  "migrant",
  "emigrant",
  "emigrants",
  "imigrant",
  "remittances",
  "remitances",
  "refugee",
  "refugees",
  "refuge",
  "asylum",
  "asile",
  "asiles",
  "population",
  "populatin",
];

describe("typoNeighbours", () => {
  it("finds the same words, in the same order, as a deletion-map lookup", () => {
    const index = indexOf(VOCABULARY);
    const queries = [
      ...VOCABULARY,
      "migrnats",
      "emigrnt",
      "refugeee",
      "asyle",
      "populaton",
      "xyzzy",
    ];
    for (const q of queries) {
      expect(typoNeighbours(index, q), q).toEqual(viaDeletionMap(VOCABULARY, q));
    }
  });

  it("lists one-edit neighbours of all three lengths, and not words two edits away", () => {
    const near = typoNeighbours(indexOf(VOCABULARY), "migrant");
    expect(near).toEqual(expect.arrayContaining(["migrant", "migrants", "emigrant", "imigrant"]));
    expect(near).not.toContain("emigrants");
  });

  it("leaves short words to exact matching", () => {
    expect(typoNeighbours(indexOf(["asyl", "asylu"]), "asyl")).toEqual([]);
  });
});
