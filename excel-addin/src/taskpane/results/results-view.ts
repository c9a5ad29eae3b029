/**
 * What the results view shows: the assessment's rows filtered by section, status and gap type,
 * in the chosen order, and the few gaps that matter most.
 */
import type { Assessment, AssessmentRow, ElementStatus, GapType, Section } from "@gapmap/core";

export interface ResultsFilter {
  section: Section | "";
  status: ElementStatus | "";
  gapType: GapType | "";
}

export const NO_FILTER: ResultsFilter = { section: "", status: "", gapType: "" };

export type ResultsSort = "score" | "name" | "priority" | "section";

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** A status filter applies to the chosen gap type, or to any gap type when none is chosen. */
function matches(row: AssessmentRow, filter: ResultsFilter): boolean {
  if (filter.section !== "" && row.section !== filter.section) return false;
  const checks =
    filter.gapType === "" ? row.checks : row.checks.filter((c) => c.type === filter.gapType);
  if (filter.gapType !== "" && checks.length === 0) return false;
  if (filter.status !== "" && !checks.some((c) => c.status === filter.status)) return false;
  return true;
}

export function visibleRows(
  assessment: Assessment,
  filter: ResultsFilter,
  sort: ResultsSort,
  nameOf: (row: AssessmentRow) => string,
): AssessmentRow[] {
  const rows = assessment.rows.filter((row) => matches(row, filter));
  const byName = (a: AssessmentRow, b: AssessmentRow) => nameOf(a).localeCompare(nameOf(b));
  const compare: Record<ResultsSort, (a: AssessmentRow, b: AssessmentRow) => number> = {
    score: (a, b) => a.score - b.score || byName(a, b),
    name: byName,
    priority: (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.score - b.score,
    section: (a, b) => a.section.localeCompare(b.section) || byName(a, b),
  };
  return rows.sort(compare[sort]);
}

/** Gaps shown in the summary: the lowest-scoring needs, high priority first. */
export const TOP_GAPS = 5;

export function topGaps(assessment: Assessment): AssessmentRow[] {
  return assessment.rows
    .filter((row) => row.score < 100)
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.score - b.score)
    .slice(0, TOP_GAPS);
}
