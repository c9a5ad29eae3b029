/**
 * The most urgent actions: highest priority first, then the gap that costs most (data before
 * breakdowns before the rest, in the gap types' order), then the earliest target year.
 */
import { priorities } from "../catalogue/schema";
import type { PlannedAction } from "../gaps/action-schema";
import { GAP_TYPES } from "../gaps/gap-schema";
import type { Assessment } from "../matrix/assessment-schema";

export const URGENT_ACTIONS = 5;

export function urgentActions(assessment: Assessment, count = URGENT_ACTIONS): PlannedAction[] {
  const actions = assessment.rows.flatMap((row) => row.actions);
  return actions
    .map((action, order) => ({ action, order }))
    .sort(
      (a, b) =>
        priorities.indexOf(a.action.priority) - priorities.indexOf(b.action.priority) ||
        GAP_TYPES.indexOf(a.action.gapType) - GAP_TYPES.indexOf(b.action.gapType) ||
        a.action.targetYear - b.action.targetYear ||
        a.order - b.order,
    )
    .slice(0, count)
    .map(({ action }) => action);
}
