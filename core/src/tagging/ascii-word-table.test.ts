import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAsciiWordTable, hashStep, WORD_HASH_SEED } from "./ascii-word-table";

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
