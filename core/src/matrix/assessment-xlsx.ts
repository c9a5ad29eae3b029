/**
 * The assessment as an .xlsx workbook (exceljs): Summary, Gap matrix, Action plan, Sources and
 * About sheets, plus a hidden Lists sheet feeding the action plan's drop-downs. The Summary's
 * native bar charts are added to exceljs's output afterwards, as exceljs cannot write charts.
 */
import ExcelJS from "exceljs";
import { workbookBytes } from "../inventory/inventory-xlsx";
import type { Inventory } from "../inventory/source-record";
import type { PaperSize } from "../layout/paper";
import { addAboutSheet } from "./about-sheet";
import { addActionPlanSheet, addListsSheet } from "./action-plan-sheet";
import type { Assessment } from "./assessment-schema";
import { addGapMatrixSheet } from "./gap-matrix-sheet";
import { addSourcesSheet } from "./sources-sheet";
import { summaryChartSpecs } from "./summary-charts";
import { SUMMARY_SHEET, addSummarySheet } from "./summary-sheet";
import { addBarCharts } from "./xlsx-chart";

export interface XlsxOptions {
  /** Paper the sheets print on; A4 unless given (callers choose it from the user's locale). */
  paper?: PaperSize;
}

export async function assessmentToXlsx(
  assessment: Assessment,
  inventory: Inventory,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Gapmap";
  workbook.title = `Gap assessment: ${assessment.profile.name}`;
  const print = {
    paper: options.paper ?? "a4",
    profileName: assessment.profile.name,
    date: assessment.date,
  };
  const scoreBlocks = addSummarySheet(workbook, assessment, print);
  addGapMatrixSheet(workbook, assessment, print);
  addActionPlanSheet(workbook, assessment, print);
  addSourcesSheet(workbook, inventory, print);
  addAboutSheet(workbook, assessment, print);
  addListsSheet(workbook, assessment);
  const bytes = await workbookBytes(workbook);
  return addBarCharts(bytes, SUMMARY_SHEET, summaryChartSpecs(scoreBlocks));
}
