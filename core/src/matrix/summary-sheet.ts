/**
 * Summary sheet: overall score and scores by policy area, section and theme. exceljs cannot
 * draw native charts, so each score column carries an in-cell data bar (conditional format).
 */
import type ExcelJS from "exceljs";
import { AVAILABILITIES } from "../gaps/gap-schema";
import type { Assessment } from "./assessment-schema";
import { DATA_BAR_COLOUR, styleHeaderRow } from "./sheet-style";

export const SUMMARY_SHEET = "Summary";
export const CHART_NOTE =
  "Bars are in-cell data bars (conditional formatting); the file format written here cannot hold native charts.";

function addScoreBlock(
  sheet: ExcelJS.Worksheet,
  title: string,
  groups: Assessment["sections"],
  priority: number,
): void {
  sheet.addRow([]);
  styleHeaderRow(sheet.addRow([title, "Score (0–100)", "Indicators"]));
  const first = sheet.rowCount + 1;
  for (const group of groups) sheet.addRow([group.label, group.score, group.indicatorCount]);
  const last = sheet.rowCount;
  if (last < first) return;
  // Fixed 0–100 bounds so bars compare across blocks; cfvo and color must be given or
  // exceljs writes a rule Excel has to repair (exceljs #3015). Its types omit `color`.
  const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
    type: "dataBar",
    priority,
    cfvo: [
      { type: "num", value: 0 },
      { type: "num", value: 100 },
    ],
    gradient: false,
    color: { argb: DATA_BAR_COLOUR },
  };
  sheet.addConditionalFormatting({ ref: `B${first}:B${last}`, rules: [rule] });
}

export function addSummarySheet(workbook: ExcelJS.Workbook, assessment: Assessment): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 30;
  sheet.getColumn(3).width = 12;
  sheet.addRow([`Gap assessment: ${assessment.profile.name}`]).font = { bold: true, size: 14 };
  sheet.addRow(["Overall score", assessment.summary.overall]);
  sheet.addRow(["Indicators assessed", assessment.summary.indicatorCount]);
  sheet.addRow(["Actions proposed", assessment.summary.actionCount]);
  for (const availability of AVAILABILITIES) {
    sheet.addRow([`Availability: ${availability}`, assessment.summary.availability[availability]]);
  }
  addScoreBlock(sheet, "Policy area", assessment.areas, 1);
  addScoreBlock(sheet, "Migration Profile section", assessment.sections, 2);
  addScoreBlock(sheet, "Policy theme", assessment.themes, 3);
  sheet.addRow([]);
  sheet.addRow([CHART_NOTE]).font = { italic: true };
}
