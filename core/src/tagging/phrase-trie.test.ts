import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "@gapmap/catalog";
import { indexPhrases, stemsOfWords, type Phrase } from "../search/term-index";
import { buildPhraseTrie, type PhraseEnd, type TrieNode } from "./phrase-trie";

/** A phrase of already-normalised words. */
function phrase(indicatorId: string, ambiguous: boolean, words: string[]): Phrase {
  const norm = words.join(" ");
  return {
    indicatorId,
    text: norm,
    lang: "en",
    ambiguous,
    norm,
    words,
    stems: stemsOfWords(words, "en"),
  };
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

interface ShapeNode {
  children: ReadonlyMap<string, ShapeNode>;
  end?: PhraseEnd;
}

/** A value as JSON with object keys sorted and maps as entry lists (key order is not observed). */
function canonical(value: unknown): unknown {
  if (value instanceof Map) return [...(value as Map<unknown, unknown>)].map(canonical);
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/**
 * The observable structure of two tries as numbers, equal when the structures are equal
 * (children in insertion order). Every word of a stem class leads to one shared child, so a
 * trie is a graph: unfolding it (`plain`) grows with the product of the class sizes along a
 * phrase, which the bundled catalogue's long official titles make explode. Here each node is
 * numbered once, and both tries in the same table.
 */
function sameTableShapes(a: ShapeNode, b: ShapeNode): [number, number] {
  const interned = new Map<string, number>();
  const done = new Map<ShapeNode, number>();
  const visit = (node: ShapeNode): number => {
    const known = done.get(node);
    if (known !== undefined) return known;
    const children = [...node.children].map(([word, child]) => [word, visit(child)]);
    const end = node.end ? canonical(node.end) : null;
    const key = JSON.stringify([children, end]);
    let id = interned.get(key);
    if (id === undefined) {
      id = interned.size;
      interned.set(key, id);
    }
    done.set(node, id);
    return id;
  };
  return [visit(a), visit(b)];
}

/** Specific IDs first, then vague ones not also specific, each in first seen order. */
function plainEnd(ending: readonly Phrase[]): PhraseEnd {
  const sure = new Set(ending.filter((p) => !p.ambiguous).map((p) => p.indicatorId));
  const vague = ending.filter((p) => p.ambiguous).map((p) => p.indicatorId);
  const ids = [...sure, ...new Set(vague.filter((id) => !sure.has(id)))];
  return { ids, ambiguous: sure.size !== 1 || ids.length > 1 };
}

/**
 * The rule written out the plain way: nodes keyed by each word's stem class, ends computed at
 * the end with their spellings, then every word of a class leading to its class's child.
 */
function referenceTrie(phrases: readonly Phrase[], repOf: ReadonlyMap<string, string>) {
  interface Node {
    children: Map<string, Node>;
    end?: PhraseEnd;
  }
  const root: Node = { children: new Map() };
  const words = new Set<string>();
  let maxWords = 0;
  const endings = new Map<Node, Phrase[]>();
  for (const phrase of phrases) {
    if (phrase.words.length === 0) continue;
    let node = root;
    for (const word of phrase.words) {
      words.add(word);
      const key = repOf.get(word) ?? word;
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    maxWords = Math.max(maxWords, phrase.words.length);
    endings.set(node, [...(endings.get(node) ?? []), phrase]);
  }
  for (const [node, ending] of endings) {
    const end = plainEnd(ending);
    const spellings = [...new Set(ending.map((p) => p.norm))];
    if (spellings.length === 1) end.surface = ending[0]?.words ?? [];
    else {
      end.bySurface = new Map(
        spellings.map((s) => [
          s,
          { ...plainEnd(ending.filter((p) => p.norm === s)), surface: s.split(" ") },
        ]),
      );
    }
    node.end = end;
  }
  const all: Node[] = [];
  const collect = (node: Node) => {
    all.push(node);
    for (const child of node.children.values()) collect(child);
  };
  collect(root);
  for (const node of all) {
    for (const [key, child] of [...node.children]) {
      for (const [word, rep] of repOf)
        if (rep === key && word !== key) node.children.set(word, child);
    }
  }
  return { root, maxWords, words };
}

function expectSameAsReference(phrases: Phrase[]): void {
  const index = indexPhrases(phrases);
  const trie = buildPhraseTrie(index);
  const expected = referenceTrie(phrases, index.classes.repOf);
  const shapes = sameTableShapes(trie.root, expected.root);
  // Unfold only to show how small tries differ: unfolding a long phrase's graph explodes.
  if (shapes[0] !== shapes[1] && phrases.length <= 100)
    expect(plain(trie.root)).toStrictEqual(plain(expected.root));
  expect(shapes[0]).toBe(shapes[1]);
  expect(trie.maxWords).toBe(expected.maxWords);
  expect([...trie.words]).toStrictEqual([...expected.words]);
}

// Few words and IDs, so that phrases share prefixes, end on one another's nodes and repeat.
const phraseArbitrary = fc.record({
  indicatorId: fc.constantFrom("a", "b", "c", "d"),
  ambiguous: fc.boolean(),
  words: fc.array(
    fc.constantFrom("migrant", "migrants", "stock", "stocks", "net", "flow", "flows", "2020"),
    { maxLength: 4 },
  ),
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
    expect(net?.end).toStrictEqual({ ids: ["alone"], ambiguous: false, surface: ["net"] });
    expect(net?.children.get("migration")?.end).toStrictEqual({
      ids: ["specific", "vague-then-specific", "vague-first"],
      ambiguous: true,
      surface: ["net", "migration"],
    });
    expect(net?.children.get("migration")?.children.size).toBe(0);
  });

  it("lets inflected catalogue words share a node, and keeps each spelling's indicators", () => {
    const trie = buildPhraseTrie(
      indexPhrases([
        phrase("stock-refugees", false, ["refugees"]),
        phrase("refugee-status", false, ["refugee"]),
        phrase("refugee-flows", false, ["refugee", "flows"]),
      ]),
    );
    const plural = trie.root.children.get("refugees");
    expect(trie.root.children.get("refugee")).toBe(plural);
    expect(plural?.end?.ids).toEqual(["stock-refugees", "refugee-status"]);
    expect(plural?.end?.bySurface?.get("refugee")?.ids).toEqual(["refugee-status"]);
    expect(plural?.end?.bySurface?.get("refugees")?.ids).toEqual(["stock-refugees"]);
    // "flow" is no catalogue word: the page scanner maps it to "flows" (STEMMED).
    expect(plural?.children.get("flows")?.end?.ids).toEqual(["refugee-flows"]);
  });
});
