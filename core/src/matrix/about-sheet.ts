/** About sheet: the needs profile, catalogue version, date and scoring weights. */
import type ExcelJS from "exceljs";
import type { Assessment } from "./assessment-schema";
import { fitRowHeights, pageSetup, type PrintOptions } from "./print-setup";
import { styleHeaderRow, sheetFont } from "./sheet-style";

export const ABOUT_SHEET = "About";
/** Facts in A–B; the needs table in A–F (within the Letter landscape budget). */
const ABOUT_WIDTHS = [22, 40, 12, 20, 14, 10];

function timelinessText(need: Assessment["profile"]["indicators"][number]): string {
  return need.timeliness.kind === "latest-year"
    ? `${need.timeliness.year} or later`
    : `at most ${need.timeliness.years} years before the reference year`;
}

export function addAboutSheet(
  workbook: ExcelJS.Workbook,
  assessment: Assessment,
  print: PrintOptions,
): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET, {
    ...pageSetup(ABOUT_SHEET, print, { orientation: "landscape" }),
  });
  const { profile } = assessment;
  ABOUT_WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const facts: [string, string | number][] = [
    ["Needs profile", profile.name],
    ["Preset", profile.preset ?? "custom"],
    ["Reference year", profile.referenceYear],
    ["Policy areas", profile.policyAreas.join(", ")],
    ["Policy themes", profile.themes.length === 0 ? "all" : profile.themes.join(", ")],
    ["Catalogue version", assessment.catalogueVersion],
    ["Assessment date", assessment.date],
    ["Inventory owner", assessment.inventoryOwner ?? ""],
    ["Assessment schema version", assessment.schemaVersion],
    [
      "Element weights",
      Object.entries(assessment.weights.elements)
        .map(([key, value]) => `${key} ${value}`)
        .join(", "),
    ],
    [
      "Priority weights",
      Object.entries(assessment.weights.priorities)
        .map(([key, value]) => `${key} ${value}`)
        .join(", "),
    ],
    ...assessment.warnings.map((warning): [string, string] => ["Warning", warning]),
  ];
  for (const fact of facts) sheet.addRow(fact).getCell(1).font = sheetFont({ bold: true });
  sheet.addRow([]);
  styleHeaderRow(
    sheet.addRow(["Indicator", "Breakdowns", "Frequency", "Timeliness", "Geography", "Priority"]),
  );
  for (const need of profile.indicators) {
    sheet.addRow([
      need.indicator,
      need.breakdowns.join(", "),
      need.frequency,
      timelinessText(need),
      need.geography,
      need.priority,
    ]);
  }
  fitRowHeights(sheet, 1);
}
