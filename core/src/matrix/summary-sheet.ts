/**
 * Summary sheet: overall score and scores by policy area, section and theme. Each score column
 * carries an in-cell data bar (conditional format); the native charts beside the tables are
 * added after exceljs has written the file (summary-charts.ts), from the layout returned here.
 */
import type ExcelJS from "exceljs";
import { AVAILABILITIES } from "../gaps/gap-schema";
import type { Assessment } from "./assessment-schema";
import { fitRowHeights, pageSetup, type PrintOptions } from "./print-setup";
import { DATA_BAR_COLOUR, columnLetter, styleHeaderRow, sheetFont } from "./sheet-style";

export const SUMMARY_SHEET = "Summary";
export const CHART_NOTE =
  "The charts beside these tables read the scores from the Score cells; each score also has an in-cell data bar.";
/** Columns of every score block (1-based, as exceljs counts). */
export const LABEL_COLUMN = 1;
export const SCORE_COLUMN = 2;
export const SCORE_HEADER = "Score (0–100)";

export type ScoreBlockKind = "area" | "section" | "theme";

/** Where one score block sits on the sheet (1-based rows), and what it holds. */
export interface ScoreBlock {
  kind: ScoreBlockKind;
  title: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  labels: string[];
  scores: number[];
}

function addScoreBlock(
  sheet: ExcelJS.Worksheet,
  kind: ScoreBlockKind,
  title: string,
  groups: Assessment["sections"],
  priority: number,
): ScoreBlock {
  sheet.addRow([]);
  const header = sheet.addRow([title, SCORE_HEADER, "Indicators"]);
  styleHeaderRow(header);
  const first = sheet.rowCount + 1;
  for (const group of groups) {
    const row = sheet.addRow([]);
    row.getCell(LABEL_COLUMN).value = group.label;
    row.getCell(SCORE_COLUMN).value = group.score;
    row.getCell(SCORE_COLUMN + 1).value = group.indicatorCount;
  }
  const last = sheet.rowCount;
  const block: ScoreBlock = {
    kind,
    title,
    headerRow: header.number,
    firstRow: first,
    lastRow: last,
    labels: groups.map((g) => g.label),
    scores: groups.map((g) => g.score),
  };
  if (last < first) return block;
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
  const column = columnLetter(SCORE_COLUMN);
  sheet.addConditionalFormatting({ ref: `${column}${first}:${column}${last}`, rules: [rule] });
  return block;
}

export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  assessment: Assessment,
  print: PrintOptions,
): ScoreBlock[] {
  // Landscape, one page wide, so the tables and the charts beside them print side by side.
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    ...pageSetup(SUMMARY_SHEET, print, { orientation: "landscape" }),
  });
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 10;
  sheet.getColumn(3).width = 10;
  sheet.addRow([`Gap assessment: ${assessment.profile.name}`]).font = sheetFont({
    bold: true,
    size: 14,
  });
  sheet.addRow(["Overall score", assessment.summary.overall]);
  sheet.addRow(["Indicators assessed", assessment.summary.indicatorCount]);
  sheet.addRow(["Actions proposed", assessment.summary.actionCount]);
  for (const availability of AVAILABILITIES) {
    sheet.addRow([`Availability: ${availability}`, assessment.summary.availability[availability]]);
  }
  const blocks = [
    addScoreBlock(sheet, "area", "Policy area", assessment.areas, 1),
    addScoreBlock(sheet, "section", "Migration Profile section", assessment.sections, 2),
    addScoreBlock(sheet, "theme", "Policy theme", assessment.themes, 3),
  ];
  // From row 2 to here: the title and the chart note may run across the empty cells beside them.
  fitRowHeights(sheet, 2);
  sheet.addRow([]);
  sheet.addRow([CHART_NOTE]).font = sheetFont({ italic: true });
  return blocks;
}
