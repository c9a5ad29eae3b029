/**
 * The assessment as the Office adapter's sheet models: the same rows the .xlsx export has, written
 * into the open workbook as tables with traffic-light formats and drop-downs.
 */
import {
  ACTION_STATUSES,
  GAP_TYPES,
  GAP_TYPE_LABELS,
  STATUS_COLUMNS,
  statusCells,
  type Assessment,
  type AssessmentRow,
  type ProfileTracking,
} from "@gapmap/core";
import type { SheetModel } from "../../office/index";

export const SHEET_NAMES = {
  summary: "Gapmap summary",
  matrix: "Gapmap gap matrix",
  actions: "Gapmap action plan",
} as const;

const RED = "#F8CBAD";
const AMBER = "#FFE699";
const GREEN = "#C6EFCE";

function statusOf(row: AssessmentRow, type: (typeof GAP_TYPES)[number]): string {
  const check = row.checks.find((c) => c.type === type);
  if (check === undefined) return "";
  return check.status === "met" ? "met" : `${check.status}: ${check.detail}`;
}

/**
 * `tracking`: the TWG's request statuses as the pane shows them (issue 14); with it, the Action
 * plan gets core's request-status and validation columns, as in the exported workbook.
 */
export function assessmentSheets(
  assessment: Assessment,
  tracking: ProfileTracking | undefined = assessment.profile.tracking,
): SheetModel[] {
  const groups = [...assessment.sections, ...assessment.themes, ...assessment.areas];
  const summary: SheetModel = {
    name: SHEET_NAMES.summary,
    columns: ["Group", "Score", "Indicators"],
    rows: [
      ["Overall", assessment.summary.overall, assessment.summary.indicatorCount],
      ...groups.map((g) => [g.label, g.score, g.indicatorCount]),
    ],
    conditionalFormats: [
      { kind: "number-between", column: "Score", min: 0, max: 33.33, fill: RED },
      { kind: "number-between", column: "Score", min: 33.34, max: 66.66, fill: AMBER },
      { kind: "number-between", column: "Score", min: 66.67, max: 100, fill: GREEN },
    ],
  };
  const gapColumns = GAP_TYPES.map((type) => GAP_TYPE_LABELS[type]);
  const matrix: SheetModel = {
    name: SHEET_NAMES.matrix,
    columns: ["Indicator", "Section", "Priority", "Availability", "Score", ...gapColumns],
    rows: assessment.rows.map((row) => [
      row.name,
      row.section,
      row.priority,
      row.availability,
      row.score,
      ...GAP_TYPES.map((type) => statusOf(row, type)),
    ]),
    conditionalFormats: gapColumns.flatMap((column) => [
      { kind: "text-contains" as const, column, text: "not-met", fill: RED },
      { kind: "text-contains" as const, column, text: "partly-met", fill: AMBER },
    ]),
  };
  const actions: SheetModel = {
    name: SHEET_NAMES.actions,
    columns: [
      "Indicator",
      "Gap",
      "Action",
      "Responsible agency",
      "Priority",
      "Status",
      "Timeline",
      ...(tracking === undefined ? [] : STATUS_COLUMNS),
    ],
    rows: assessment.rows.flatMap((row) =>
      row.actions.map((a) => [
        row.name,
        GAP_TYPE_LABELS[a.gapType],
        a.title,
        a.responsibleAgency,
        a.priority,
        a.status,
        a.timeline,
        ...(tracking === undefined ? [] : statusCells(tracking, row.indicator)),
      ]),
    ),
    validations: [
      { column: "Priority", allowed: ["high", "medium", "low"] },
      { column: "Status", allowed: [...ACTION_STATUSES] },
    ],
  };
  return [summary, matrix, actions];
}
