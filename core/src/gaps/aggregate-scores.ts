/**
 * Section, policy-theme and policy-area scores: priority-weighted means of indicator scores.
 * An indicator counts toward each theme it serves and each area those themes belong to.
 */
import type { Catalogue, Indicator } from "../catalogue/schema";
import { SECTION_TITLES, type Section } from "../catalogue/vocabulary";
import {
  POLICY_AREA_TITLES,
  type IndicatorNeed,
  type NeedsProfile,
  type PolicyArea,
} from "../needs/needs-profile";
import { weightedMean, type ScoreWeights, type WeightedScore } from "./scoring";

export interface ScoredIndicator {
  indicator: Indicator;
  need: IndicatorNeed;
  score: number;
}

export interface GroupScore {
  id: string;
  label: string;
  score: number;
  indicatorCount: number;
}

export interface AggregateScores {
  overall: number;
  bySection: GroupScore[];
  byTheme: GroupScore[];
  byArea: GroupScore[];
}

function group(
  items: readonly ScoredIndicator[],
  keysOf: (item: ScoredIndicator) => readonly string[],
  labelOf: (key: string) => string,
  weights: ScoreWeights,
): GroupScore[] {
  const groups = new Map<string, WeightedScore[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key) ?? [];
      list.push({ score: item.score, weight: weights.priorities[item.need.priority] });
      groups.set(key, list);
    }
  }
  return [...groups.entries()].map(([id, list]) => ({
    id,
    label: labelOf(id),
    score: weightedMean(list) ?? 0,
    indicatorCount: list.length,
  }));
}

export function aggregateScores(
  catalogue: Catalogue,
  profile: NeedsProfile,
  items: readonly ScoredIndicator[],
  weights: ScoreWeights,
): AggregateScores {
  const themes = new Map(catalogue.policyThemes.map((theme) => [theme.id, theme]));
  const chosen = (id: string) => profile.themes.length === 0 || profile.themes.includes(id);
  const areasOf = (item: ScoredIndicator): PolicyArea[] =>
    item.indicator.themes
      .map((id) => themes.get(id)?.area)
      .filter(
        (area): area is PolicyArea => area !== undefined && profile.policyAreas.includes(area),
      );
  const bySection = group(
    items,
    (item) => [item.indicator.section],
    (key) => SECTION_TITLES[key as Section],
    weights,
  ).sort((a, b) => a.id.localeCompare(b.id));
  const byTheme = group(
    items,
    (item) => item.indicator.themes.filter(chosen),
    (key) => themes.get(key)?.name ?? key,
    weights,
  ).sort((a, b) => a.id.localeCompare(b.id));
  const byArea = group(
    items,
    areasOf,
    (key) => POLICY_AREA_TITLES[key as PolicyArea],
    weights,
  ).sort(
    (a, b) =>
      profile.policyAreas.indexOf(a.id as PolicyArea) -
      profile.policyAreas.indexOf(b.id as PolicyArea),
  );
  const overall =
    weightedMean(
      items.map((item) => ({ score: item.score, weight: weights.priorities[item.need.priority] })),
    ) ?? 0;
  return { overall, bySection, byTheme, byArea };
}
