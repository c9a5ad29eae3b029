import { describe, expect, test } from "vitest";
import { fillStemKeySets, stemKeySet } from "./stem-key-set";

describe("stemKeySet", () => {
  test("meets a word in another inflection, in the languages its script allows", () => {
    const set = stemKeySet("refugees extranjeras беженцы");
    expect(set.has("refugee")).toBe(true);
    expect(set.has("extranjeros")).toBe(true);
    expect(set.has("беженцев")).toBe(true);
    expect(set.has("population")).toBe(false);
  });

  test("filled ahead in pieces, it holds what it holds when built on first use", () => {
    const words = "migrants immigration asylum refugees citizenship remittances émigrés";
    const probes = ["migrant", "immigrants", "asylums", "refugee", "citizen", "emigres", "data"];
    const onUse = stemKeySet(words);
    const inPieces = stemKeySet(words);
    // Both are filled up to their end here (every set made so far is), two words at a time.
    let pieces = 0;
    while (fillStemKeySets(2)) pieces++;
    expect(pieces).toBeGreaterThanOrEqual(3);
    expect(fillStemKeySets(2)).toBe(false);
    expect(probes.map((w) => inPieces.has(w))).toEqual(probes.map((w) => onUse.has(w)));
    expect(probes.map((w) => inPieces.has(w))).toEqual([
      true,
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});
