/**
 * Action plan sheet: an Excel table of the planned actions, with drop-downs for status,
 * priority and responsible agency (from a "Lists" sheet, since agency names hold commas) and
 * editable timeline and target-year columns.
 */
import type ExcelJS from "exceljs";
import { priorities } from "../catalogue/schema";
import { ACTION_STATUSES } from "../gaps/action-schema";
import { GAP_TYPE_LABELS } from "../gaps/gap-schema";
import type { Assessment } from "./assessment-schema";
import { columnLetter } from "./sheet-style";

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
const WIDTHS = [26, 24, 16, 40, 60, 36, 10, 12, 20, 11];
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

export function addActionPlanSheet(workbook: ExcelJS.Workbook, assessment: Assessment): void {
  const sheet = workbook.addWorksheet(ACTION_PLAN_SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
  });
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const actions = assessment.rows.flatMap((row) => row.actions);
  const rows = actions.map((action) => [
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
  ]);
  // An Excel table needs at least one body row.
  const body = rows.length > 0 ? rows : [ACTION_COLUMNS.map(() => "")];
  sheet.addTable({
    name: ACTION_TABLE_NAME,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: ACTION_COLUMNS.map((name) => ({ name, filterButton: true })),
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
  for (let row = 2; row <= lastRow; row += 1) {
    for (const name of ["Description", "Action"] as const) {
      sheet.getCell(`${column(name)}${row}`).alignment = { wrapText: true, vertical: "top" };
    }
  }
}
