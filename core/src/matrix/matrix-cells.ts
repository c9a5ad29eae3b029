/**
 * The gap matrix as plain cells (indicators × gap types), shared by the CSV and xlsx writers so
 * both show the same words.
 */
import { GAP_TYPES, GAP_TYPE_LABELS, type ElementStatus, type GapType } from "../gaps/gap-schema";
import { gapsOf, type AssessmentRow } from "./assessment-schema";

export const STATUS_LABELS: Record<ElementStatus, string> = {
  met: "met",
  "partly-met": "partly met",
  "not-met": "not met",
};
/** Shown where an element was not judged (no records, or no financial entry). */
export const NOT_ASSESSED = "—";

export const MATRIX_LEADING_COLUMNS = [
  "Indicator ID",
  "Indicator",
  "Section",
  "Priority",
  "Availability",
  "Score",
  "Last year",
] as const;
export const MATRIX_TRAILING_COLUMNS = ["Gap details", "Conflicts", "Records"] as const;

export function matrixHeader(): string[] {
  return [
    ...MATRIX_LEADING_COLUMNS,
    ...GAP_TYPES.map((type) => GAP_TYPE_LABELS[type]),
    ...MATRIX_TRAILING_COLUMNS,
  ];
}

export function statusCell(row: AssessmentRow, type: GapType): string {
  const check = row.checks.find((c) => c.type === type);
  return check === undefined ? NOT_ASSESSED : STATUS_LABELS[check.status];
}

export function gapDetails(row: AssessmentRow): string {
  return gapsOf(row)
    .map((gap) => `${GAP_TYPE_LABELS[gap.type]}: ${gap.detail}`)
    .join("\n");
}

export function matrixCells(row: AssessmentRow): (string | number)[] {
  return [
    row.indicator,
    row.name,
    row.section,
    row.priority,
    row.availability,
    row.score,
    row.lastYear ?? "",
    ...GAP_TYPES.map((type) => statusCell(row, type)),
    gapDetails(row),
    row.conflicts.map((c) => `${c.recordIds.join(" / ")}: ${c.reason}`).join("\n"),
    row.recordIds.join("; "),
  ];
}
