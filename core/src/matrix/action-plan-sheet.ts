/**
 * Action plan sheet: an Excel table of the planned actions, with drop-downs for status,
 * priority and responsible agency (from a "Lists" sheet, since agency names hold commas) and
 * editable timeline and target-year columns. Printed landscape, one page wide, header repeated,
 * a page per Migration Profile section, each row as tall as its longest wrapped text.
 */
import type ExcelJS from "exceljs";
import { priorities } from "../catalogue/schema";
import { ACTION_STATUSES } from "../gaps/action-schema";
import { GAP_TYPE_LABELS } from "../gaps/gap-schema";
import type { Assessment } from "./assessment-schema";
import { STATUS_COLUMNS, STATUS_WIDTHS, statusCells } from "./action-plan-status";
import { fitRowHeights, pageSetup, type PrintOptions } from "./print-setup";
import { columnLetter, styleHeaderRow } from "./sheet-style";

export const ACTION_PLAN_SHEET = "Action plan";
export const LISTS_SHEET = "Lists";
export const ACTION_TABLE_NAME = "ActionPlan";
export const ACTION_COLUMNS = [
  "Action ID",
  "Indicator",
  "Gap type",
  "Action",
  "Description",
  "Responsible agency",
  "Priority",
  "Status",
  "Timeline",
  "Target year",
] as const;
/** Widths sum to what prints one page wide on Letter landscape at 8 pt (print-setup.test.ts). */
const WIDTHS = [14, 13, 10, 24, 31, 18, 8, 9, 10, 8];
const EARLIEST_TARGET_YEAR = 2000;
const LATEST_TARGET_YEAR = 2100;

function column(name: (typeof ACTION_COLUMNS)[number]): string {
  return columnLetter(ACTION_COLUMNS.indexOf(name) + 1);
}

function agencies(assessment: Assessment): string[] {
  const names = assessment.rows.flatMap((row) => row.actions.map((a) => a.responsibleAgency));
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

/** The hidden sheet behind the agency drop-down; added last so visible sheets come first. */
export function addListsSheet(workbook: ExcelJS.Workbook, assessment: Assessment): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  sheet.getCell("A1").value = "Responsible agencies";
  agencies(assessment).forEach((name, index) => {
    sheet.getCell(`A${index + 2}`).value = name;
  });
}

function agencyRange(assessment: Assessment): string {
  return `'${LISTS_SHEET}'!$A$2:$A$${Math.max(agencies(assessment).length + 1, 2)}`;
}

function listValidation(formula: string, prompt: string, strict: boolean): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showInputMessage: true,
    prompt,
    // Agencies may be added by hand, so only status and priority reject other values.
    showErrorMessage: strict,
    ...(strict ? { errorStyle: "stop", error: "Choose a value from the list." } : {}),
  };
}

/**
 * One validation per column range. Per-cell validations make exceljs 4.4 merge cells in string
 * order ("F10" before "F2") and write overlapping ranges, which Excel repairs; its typings
 * omit the range API, hence the cast.
 */
function addRangeValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  validation: ExcelJS.DataValidation,
): void {
  const withRanges = sheet as unknown as {
    dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  };
  withRanges.dataValidations.add(range, validation);
}

function actionCells(action: Assessment["rows"][number]["actions"][number]): unknown[] {
  return [
    action.id,
    action.indicator,
    GAP_TYPE_LABELS[action.gapType],
    action.title,
    action.description,
    action.responsibleAgency,
    action.priority,
    action.status,
    action.timeline,
    action.targetYear,
  ];
}

export function addActionPlanSheet(
  workbook: ExcelJS.Workbook,
  assessment: Assessment,
  print: PrintOptions,
): void {
  const sheet = workbook.addWorksheet(ACTION_PLAN_SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
    ...pageSetup(ACTION_PLAN_SHEET, print, { orientation: "landscape", titleRows: "1:1" }),
  });
  const tracking = assessment.profile.tracking;
  const widths = tracking === undefined ? WIDTHS : [...WIDTHS, ...STATUS_WIDTHS];
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const columns = tracking === undefined ? ACTION_COLUMNS : [...ACTION_COLUMNS, ...STATUS_COLUMNS];
  const actions = assessment.rows.flatMap((row) => row.actions);
  const rows = actions.map((action) => [
    ...actionCells(action),
    ...(tracking === undefined ? [] : statusCells(tracking, action.indicator)),
  ]);
  // An Excel table needs at least one body row.
  const body = rows.length > 0 ? rows : [columns.map(() => "")];
  sheet.addTable({
    name: ACTION_TABLE_NAME,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((name) => ({ name, filterButton: true })),
    rows: body,
  });
  const agencyList = agencyRange(assessment);
  const lastRow = body.length + 1;
  const range = (name: (typeof ACTION_COLUMNS)[number]) =>
    `${column(name)}2:${column(name)}${lastRow}`;
  const priorityList = `"${priorities.join(",")}"`;
  const statusList = `"${ACTION_STATUSES.join(",")}"`;
  addRangeValidation(
    sheet,
    range("Priority"),
    listValidation(priorityList, "high, medium or low", true),
  );
  addRangeValidation(
    sheet,
    range("Status"),
    listValidation(statusList, "Progress of the action", true),
  );
  addRangeValidation(
    sheet,
    range("Responsible agency"),
    listValidation(agencyList, "Pick an agency or type another", false),
  );
  addRangeValidation(sheet, range("Target year"), {
    type: "whole",
    operator: "between",
    allowBlank: true,
    formulae: [EARLIEST_TARGET_YEAR, LATEST_TARGET_YEAR],
    showErrorMessage: true,
    error: `A year between ${EARLIEST_TARGET_YEAR} and ${LATEST_TARGET_YEAR}.`,
  });
  // LibreOffice does not draw table styles: the header gets the sheets' own header look.
  styleHeaderRow(sheet.getRow(1));
  fitRowHeights(sheet, 1);
  // A page per Migration Profile section: break after an action whose next one is elsewhere.
  const sectionOf = new Map(assessment.rows.map((row) => [row.indicator, row.section]));
  actions.forEach((action, index) => {
    const next = actions[index + 1];
    if (next !== undefined && sectionOf.get(next.indicator) !== sectionOf.get(action.indicator)) {
      sheet.getRow(index + 2).addPageBreak();
    }
  });
}
