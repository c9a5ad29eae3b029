import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AsciiWordCache, buildAsciiWordTable, hashStep, WORD_HASH_SEED } from "./ascii-word-table";

/** The hash the scanner computes while reading `text[start, end)`. */
function scannedHash(text: string, start: number, end: number): number {
  let hash = WORD_HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i) | 0x20);
  return hash;
}

function lookup(table: ReturnType<typeof buildAsciiWordTable>, text: string, start = 0) {
  const end = start + (/^[A-Za-z0-9]*/.exec(text.slice(start))?.[0].length ?? 0);
  const entry = table.find(text, start, end, scannedHash(text, start, end));
  return entry < 0 ? undefined : table.words[entry];
}

describe("buildAsciiWordTable", () => {
  it("finds words in running text whatever their case, and nothing else", () => {
    const table = buildAsciiWordTable(["migration", "of", "2020", "net"]);
    expect(lookup(table, "Net MIGRATION", 4)).toBe("migration");
    expect(lookup(table, "2020 figures")).toBe("2020");
    expect(lookup(table, "nets")).toBeUndefined();
    expect(lookup(table, "ne")).toBeUndefined();
  });

  it("leaves out words the ASCII path can never produce", () => {
    const table = buildAsciiWordTable(["émigrés", "Capital", "a-b", "ok"]);
    expect(table.words).toEqual(["ok"]);
  });

  it("takes several lists and keeps each word once, where it first appeared", () => {
    const table = buildAsciiWordTable(new Set(["stock", "été", "of"]), ["the", "of", "stock", "a"]);
    expect(table.words).toEqual(["stock", "of", "the", "a"]);
    expect(lookup(table, "OF")).toBe("of");
  });

  it("agrees with a Set for any words and probes", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcz09".split("")), minLength: 1 });
    fc.assert(
      fc.property(fc.array(word), fc.array(word), (words, probes) => {
        const table = buildAsciiWordTable(words);
        const set = new Set(words);
        for (const probe of probes) {
          expect(lookup(table, probe.toUpperCase())).toBe(set.has(probe) ? probe : undefined);
        }
      }),
    );
  });
});

describe("AsciiWordCache", () => {
  const hashOf = (word: string) => scannedHash(word, 0, word.length);

  it("finds what was added in running text whatever its case, past its first size", () => {
    const cache = new AsciiWordCache(10_000);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    for (const [i, word] of words.entries()) cache.add(word, hashOf(word), `as${i}`, i);
    const text = "The WORD2999 and Word17, not word30000";
    const at = (from: number, to: number) =>
      cache.find(text, from, to, scannedHash(text, from, to));
    expect(cache.strings[at(4, 12)]).toBe("as2999");
    expect(cache.numbers[at(17, 23)]).toBe(17);
    expect(at(29, 38)).toBe(-1);
  });

  it("starts afresh when full, so a hostile page cannot grow it forever", () => {
    const cache = new AsciiWordCache(2);
    for (const word of ["alpha", "beta", "gamma"]) cache.add(word, hashOf(word), word, 0);
    expect(cache.words).toEqual(["gamma"]);
    expect(cache.find("alpha", 0, 5, hashOf("alpha"))).toBe(-1);
    expect(cache.find("Gamma", 0, 5, hashOf("gamma"))).toBe(0);
  });
});
