/**
 * Builds the assessment: analyses every needed indicator against the inventory, plans an
 * action for each gap, and aggregates scores by section, policy theme and policy area.
 */
import type { Catalogue } from "../catalogue/schema";
import { aggregateScores } from "../gaps/aggregate-scores";
import { analyseIndicator } from "../gaps/analyse-indicator";
import { actionLibrarySchema, type ActionTemplateInput } from "../gaps/action-schema";
import {
  AVAILABILITIES,
  GAP_TYPES,
  type ElementCheck,
  type ElementStatus,
} from "../gaps/gap-schema";
import { planAction } from "../gaps/plan-actions";
import { DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from "../gaps/scoring";
import type { Inventory } from "../inventory/source-record";
import type { NeedsProfile } from "../needs/needs-profile";
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentSchema,
  gapsOf,
  type Assessment,
  type AssessmentRow,
} from "./assessment-schema";

/** A gap the records cannot show, entered by the TWG (financial gaps). */
export interface ManualGap {
  indicator: string;
  type: "financial";
  detail: string;
  status?: Exclude<ElementStatus, "met">;
}

export interface AssessmentOptions {
  /** The action library, e.g. `actions` from @gapmap/catalog. */
  actions: readonly ActionTemplateInput[];
  /** ISO date of the assessment; defaults to today. */
  date?: string;
  weights?: ScoreWeights;
  manualGaps?: readonly ManualGap[];
}

function manualChecks(gaps: readonly ManualGap[], indicator: string): ElementCheck[] {
  return gaps
    .filter((gap) => gap.indicator === indicator)
    .map((gap) => ({
      type: gap.type,
      status: gap.status ?? "not-met",
      detail: gap.detail,
      recordIds: [],
      manual: true,
    }));
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

export function buildAssessment(
  catalogue: Catalogue,
  profile: NeedsProfile,
  inventory: Inventory,
  options: AssessmentOptions,
): Assessment {
  const weights = options.weights ?? DEFAULT_SCORE_WEIGHTS;
  const library = actionLibrarySchema.parse(options.actions);
  const warnings: string[] = [];
  const analysed = profile.indicators.flatMap((need) => {
    const indicator = catalogue.indicators.find((i) => i.id === need.indicator);
    if (indicator === undefined) {
      warnings.push(
        `indicator "${need.indicator}" is not in catalogue ${catalogue.version}; skipped`,
      );
      return [];
    }
    return [
      analyseIndicator(
        catalogue,
        indicator,
        need,
        profile.referenceYear,
        inventory.records,
        weights,
      ),
    ];
  });
  const rows: AssessmentRow[] = analysed.map((analysis) => {
    const checks = [
      ...analysis.checks,
      ...manualChecks(options.manualGaps ?? [], analysis.indicator.id),
    ];
    const context = {
      catalogue,
      library,
      referenceYear: profile.referenceYear,
      ...analysis,
      records: inventory.records,
    };
    return {
      indicator: analysis.indicator.id,
      name: analysis.indicator.name,
      section: analysis.indicator.section,
      themes: analysis.indicator.themes,
      priority: analysis.need.priority,
      availability: analysis.availability,
      score: analysis.score,
      ...(analysis.lastYear === undefined ? {} : { lastYear: analysis.lastYear }),
      recordIds: analysis.recordIds,
      checks,
      conflicts: analysis.conflicts,
      actions: checks.filter((c) => c.status !== "met").map((gap) => planAction(context, gap)),
    };
  });
  const scores = aggregateScores(catalogue, profile, analysed, weights);
  return assessmentSchema.parse({
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    catalogueVersion: catalogue.version,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    profile,
    weights,
    ...(inventory.owner === undefined ? {} : { inventoryOwner: inventory.owner }),
    rows,
    sections: scores.bySection,
    themes: scores.byTheme,
    areas: scores.byArea,
    summary: {
      overall: scores.overall,
      indicatorCount: rows.length,
      availability: countBy(
        AVAILABILITIES,
        rows.map((row) => row.availability),
      ),
      gaps: countBy(
        GAP_TYPES,
        rows.flatMap((row) => gapsOf(row).map((gap) => gap.type)),
      ),
      actionCount: rows.reduce((sum, row) => sum + row.actions.length, 0),
    },
    warnings,
  });
}
