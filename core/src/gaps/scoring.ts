/**
 * ODIN-style scores: each element fully met 1, partly 0.5, not 0; an indicator's score is the
 * weighted share of points (0–100). Sections, themes and policy areas average their indicators'
 * scores weighted by the profile's priority. Weights are documented in docs/scoring.md.
 */
import { z } from "zod";
import { prioritySchema } from "../catalogue/schema";
import {
  ELEMENT_POINTS,
  INFERRED_GAP_TYPES,
  type ElementCheck,
  type InferredGapType,
} from "./gap-schema";

/**
 * Default element weights. Data availability counts double, because without it nothing else
 * matters; quality counts half, because flags qualify data rather than deny it.
 */
export const DEFAULT_ELEMENT_WEIGHTS: Readonly<Record<InferredGapType, number>> = {
  data: 2,
  disaggregation: 1,
  reporting: 1,
  timeliness: 1,
  geographic: 1,
  definition: 1,
  access: 1,
  openness: 1,
  quality: 0.5,
};

/** High-priority indicators weigh three times low ones in section, theme and area scores. */
export const DEFAULT_PRIORITY_WEIGHTS: Readonly<Record<z.infer<typeof prioritySchema>, number>> = {
  high: 3,
  medium: 2,
  low: 1,
};

const weight = z.number().nonnegative();
export const scoreWeightsSchema = z.strictObject({
  elements: z.strictObject(
    Object.fromEntries(INFERRED_GAP_TYPES.map((type) => [type, weight])) as Record<
      InferredGapType,
      typeof weight
    >,
  ),
  priorities: z.strictObject({ high: weight, medium: weight, low: weight }),
});
export type ScoreWeights = z.infer<typeof scoreWeightsSchema>;

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  elements: { ...DEFAULT_ELEMENT_WEIGHTS },
  priorities: { ...DEFAULT_PRIORITY_WEIGHTS },
};

/** Scores are shown with one decimal. */
const SCORE_DECIMALS = 10;
export function roundScore(value: number): number {
  return Math.round(value * SCORE_DECIMALS) / SCORE_DECIMALS;
}

/** 0–100. Elements without a check (e.g. when no record exists) score 0. */
export function indicatorScore(checks: readonly ElementCheck[], weights: ScoreWeights): number {
  let total = 0;
  let earned = 0;
  for (const type of INFERRED_GAP_TYPES) {
    const w = weights.elements[type];
    total += w;
    const check = checks.find((c) => c.type === type);
    if (check !== undefined) earned += w * ELEMENT_POINTS[check.status];
  }
  return total === 0 ? 0 : roundScore((100 * earned) / total);
}

export interface WeightedScore {
  score: number;
  weight: number;
}

/** Weighted mean of indicator scores; undefined when nothing is weighed. */
export function weightedMean(items: readonly WeightedScore[]): number | undefined {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return undefined;
  return roundScore(items.reduce((sum, item) => sum + item.score * item.weight, 0) / total);
}
