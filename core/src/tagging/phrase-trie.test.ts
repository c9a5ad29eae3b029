import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "@gapmap/catalog";
import { indexPhrases, type Phrase } from "../search/term-index";
import { buildPhraseTrie, type PhraseEnd, type TrieNode } from "./phrase-trie";

/** A phrase of already-normalised words. */
function phrase(indicatorId: string, ambiguous: boolean, words: string[]): Phrase {
  const norm = words.join(" ");
  return { indicatorId, text: norm, lang: "en", ambiguous, norm, words };
}

interface PlainNode {
  children: [string, PlainNode][];
  end?: PhraseEnd;
}

/** The trie as plain data, children in insertion order: what the matcher can observe. */
function plain(node: TrieNode): PlainNode {
  const children = [...node.children].map(([word, child]): [string, PlainNode] => [
    word,
    plain(child),
  ]);
  return node.end ? { children, end: node.end } : { children };
}

/** The rule written out the plain way (Sets per node, ends computed at the end). */
function referenceTrie(phrases: readonly Phrase[]) {
  interface Node {
    children: Map<string, Node>;
    end?: PhraseEnd;
  }
  const root: Node = { children: new Map() };
  const words = new Set<string>();
  let maxWords = 0;
  const specific = new Map<Node, Set<string>>();
  const vague = new Map<Node, Set<string>>();
  for (const phrase of phrases) {
    if (phrase.words.length === 0) continue;
    let node = root;
    for (const word of phrase.words) {
      words.add(word);
      let child = node.children.get(word);
      if (!child) {
        child = { children: new Map() };
        node.children.set(word, child);
      }
      node = child;
    }
    maxWords = Math.max(maxWords, phrase.words.length);
    const bucket = phrase.ambiguous ? vague : specific;
    const set = bucket.get(node) ?? new Set<string>();
    set.add(phrase.indicatorId);
    bucket.set(node, set);
  }
  for (const node of new Set([...specific.keys(), ...vague.keys()])) {
    const sure = specific.get(node) ?? new Set<string>();
    const ids = [...sure, ...[...(vague.get(node) ?? [])].filter((id) => !sure.has(id))];
    node.end = { ids, ambiguous: sure.size !== 1 || ids.length > 1 };
  }
  return { root, maxWords, words };
}

function expectSameAsReference(phrases: Phrase[]): void {
  const trie = buildPhraseTrie(indexPhrases(phrases));
  const expected = referenceTrie(phrases);
  expect(plain(trie.root)).toStrictEqual(plain(expected.root));
  expect(trie.maxWords).toBe(expected.maxWords);
  expect([...trie.words]).toStrictEqual([...expected.words]);
}

// Few words and IDs, so that phrases share prefixes, end on one another's nodes and repeat.
const phraseArbitrary = fc.record({
  indicatorId: fc.constantFrom("a", "b", "c", "d"),
  ambiguous: fc.boolean(),
  words: fc.array(fc.constantFrom("migrant", "stock", "net", "flow", "2020"), { maxLength: 4 }),
});

describe("buildPhraseTrie", () => {
  it("builds the bundled catalogue's trie exactly as the plain rule does", () => {
    const { phrases } = getCatalogueIndex();
    expect(phrases.length).toBeGreaterThan(1000);
    expectSameAsReference(phrases);
  });

  it("orders and flags indicator IDs as the plain rule does, for any phrases", () => {
    fc.assert(
      fc.property(fc.array(phraseArbitrary, { maxLength: 30 }), (specs) => {
        const phrases = specs.map(({ indicatorId, ambiguous, words }) =>
          phrase(indicatorId, ambiguous, words),
        );
        expectSameAsReference(phrases);
      }),
      { numRuns: 500 },
    );
  });

  it("puts specific IDs before vague ones and flags a shared or vague end", () => {
    const trie = buildPhraseTrie(
      indexPhrases([
        phrase("vague-first", true, ["net", "migration"]),
        phrase("specific", false, ["net", "migration"]),
        phrase("vague-then-specific", true, ["net", "migration"]),
        phrase("vague-then-specific", false, ["net", "migration"]),
        phrase("alone", false, ["net"]),
      ]),
    );
    const net = trie.root.children.get("net");
    expect(net?.end).toStrictEqual({ ids: ["alone"], ambiguous: false });
    expect(net?.children.get("migration")?.end).toStrictEqual({
      ids: ["specific", "vague-then-specific", "vague-first"],
      ambiguous: true,
    });
    expect(net?.children.get("migration")?.children.size).toBe(0);
  });
});
