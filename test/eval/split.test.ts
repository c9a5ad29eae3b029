import { describe, expect, it } from "vitest";
import { fnv1a32, SPLIT_SEED, splitOf, splitPoint, TEST_SHARE } from "./split";

describe("corpus split", () => {
  it("hashes with FNV-1a (published test vectors)", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("gives a file the same side every time, whatever other files exist", () => {
    expect(splitOf("wb-example")).toBe(splitOf("wb-example"));
    expect(splitPoint("wb-example", SPLIT_SEED)).toBe(splitPoint("wb-example", SPLIT_SEED));
  });

  it("puts translations of one page on the same side, and ids without a language suffix as before", () => {
    const charts = Array.from({ length: 60 }, (_, i) => `pg-chart-${i}`);
    for (const chart of charts) {
      const sides = ["en", "fr", "es", "ru", "ro", "sr", "ar"].map((l) => splitOf(`${chart}-${l}`));
      expect(new Set(sides).size).toBe(1);
    }
    expect(new Set(charts.map((c) => splitOf(`${c}-ar`)))).toEqual(new Set(["tune", "test"]));
    expect(splitOf("pg-chart-7-arrivals")).toBe(
      splitPoint("pg-chart-7-arrivals") < TEST_SHARE ? "test" : "tune",
    );
  });

  it("puts about a third of many ids in test", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `file-${i}`);
    const share = ids.filter((id) => splitOf(id) === "test").length / ids.length;
    expect(Math.abs(share - TEST_SHARE)).toBeLessThan(0.03);
  });

  it("depends on the seed", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `file-${i}`);
    const moved = ids.filter((id) => splitOf(id, "a") !== splitOf(id, "b")).length;
    expect(moved).toBeGreaterThan(20);
  });
});
