import { describe, expect, it } from "vitest";
import type { ElementCheck } from "./gap-schema";
import { INFERRED_GAP_TYPES } from "./gap-schema";
import { DEFAULT_SCORE_WEIGHTS, indicatorScore, scoreWeightsSchema, weightedMean } from "./scoring";

const check = (type: ElementCheck["type"], status: ElementCheck["status"]): ElementCheck => ({
  type,
  status,
  detail: "",
  recordIds: [],
});

describe("indicatorScore", () => {
  const allMet = INFERRED_GAP_TYPES.map((type) => check(type, "met"));
  const total = Object.values(DEFAULT_SCORE_WEIGHTS.elements).reduce((a, b) => a + b, 0);

  it("gives 1 / 0.5 / 0 points per element, weighted", () => {
    expect(indicatorScore(allMet, DEFAULT_SCORE_WEIGHTS)).toBe(100);
    const halfOpen = allMet.map((c) =>
      c.type === "openness" ? check("openness", "partly-met") : c,
    );
    const expected = (100 * (total - 0.5 * DEFAULT_SCORE_WEIGHTS.elements.openness)) / total;
    expect(indicatorScore(halfOpen, DEFAULT_SCORE_WEIGHTS)).toBeCloseTo(expected, 1);
  });

  it("counts missing elements as 0 and ignores manual financial gaps", () => {
    expect(indicatorScore([check("data", "met")], DEFAULT_SCORE_WEIGHTS)).toBeCloseTo(
      (100 * DEFAULT_SCORE_WEIGHTS.elements.data) / total,
      1,
    );
    expect(indicatorScore([...allMet, check("financial", "not-met")], DEFAULT_SCORE_WEIGHTS)).toBe(
      100,
    );
  });

  it("follows custom weights", () => {
    const onlyData = scoreWeightsSchema.parse({
      elements: Object.fromEntries(INFERRED_GAP_TYPES.map((t) => [t, t === "data" ? 1 : 0])),
      priorities: DEFAULT_SCORE_WEIGHTS.priorities,
    });
    const checks = INFERRED_GAP_TYPES.map((type) =>
      check(type, type === "data" ? "met" : "not-met"),
    );
    expect(indicatorScore(checks, onlyData)).toBe(100);
    expect(indicatorScore(checks, DEFAULT_SCORE_WEIGHTS)).toBeLessThan(100);
  });

  it("rejects negative weights", () => {
    const bad = { ...DEFAULT_SCORE_WEIGHTS, priorities: { high: -1, medium: 1, low: 1 } };
    expect(scoreWeightsSchema.safeParse(bad).success).toBe(false);
  });
});

describe("weightedMean", () => {
  it("weights scores and is undefined for nothing", () => {
    expect(
      weightedMean([
        { score: 100, weight: 3 },
        { score: 0, weight: 1 },
      ]),
    ).toBe(75);
    expect(weightedMean([])).toBeUndefined();
  });
});
