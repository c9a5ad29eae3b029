/**
 * The hand-fill template: an .xlsx whose "Records" sheet has the export's columns, a styled,
 * frozen header and drop-downs on the closed fields, fed from a hidden "Lists" sheet; plus
 * "Instructions" and "About" sheets. fromXlsx reads a filled copy back (origin "template").
 */
import ExcelJS from "exceljs";
import type { Catalogue } from "../catalogue/schema";
import { RECORD_COLUMNS, type RecordColumn } from "./record-columns";
import { addAboutSheet, addRecordsSheet } from "./records-sheet";
import {
  ACCESS_LEVELS,
  GEOGRAPHY_LEVELS,
  PERIODICITIES,
  QUALITY_FLAGS,
  RECORD_ORIGINS,
} from "./source-record";
import { TEMPLATE_INSTRUCTIONS } from "./template-instructions";
import { TEMPLATE_MARKER, workbookBytes } from "./inventory-xlsx";

export const LISTS_SHEET = "Lists";
export const INSTRUCTIONS_SHEET = "Instructions";
/** Rows prepared with drop-downs; enough for a ministry's inventory, small enough to stay light. */
export const TEMPLATE_ROWS = 500;

interface DropDown {
  column: RecordColumn;
  values: readonly string[];
  /** Multi-valued cells ("a; b") cannot match a list, so Excel only warns for them. */
  multiValued: boolean;
}

function dropDowns(catalogue: Catalogue): DropDown[] {
  return [
    { column: "indicators", values: catalogue.indicators.map((i) => i.id), multiValued: true },
    { column: "sourceType", values: catalogue.sourceTypes.map((s) => s.id), multiValued: false },
    { column: "periodicity", values: PERIODICITIES, multiValued: false },
    { column: "geography", values: GEOGRAPHY_LEVELS, multiValued: false },
    { column: "access", values: ACCESS_LEVELS, multiValued: false },
    { column: "quality", values: QUALITY_FLAGS, multiValued: true },
    { column: "origin", values: RECORD_ORIGINS, multiValued: false },
    { column: "location.kind", values: ["workbook", "web", "other"], multiValued: false },
    { column: "proxy", values: ["true", "false"], multiValued: false },
  ];
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Writes each list into its own column of the Lists sheet; returns the range formula of each. */
function addListsSheet(workbook: ExcelJS.Workbook, lists: readonly DropDown[]): string[] {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  return lists.map((list, index) => {
    const letter = columnLetter(index);
    sheet.getCell(`${letter}1`).value = list.column;
    list.values.forEach((value, row) => {
      sheet.getCell(`${letter}${row + 2}`).value = value;
    });
    return `${LISTS_SHEET}!$${letter}$2:$${letter}$${list.values.length + 1}`;
  });
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, catalogue: Catalogue): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 90;
  for (const line of TEMPLATE_INSTRUCTIONS) sheet.addRow(line);
  sheet.addRow([]);
  sheet.addRow(["Indicator ID", "Indicator"]).font = { bold: true };
  for (const indicator of catalogue.indicators) sheet.addRow([indicator.id, indicator.name]);
}

export async function buildInventoryTemplate(catalogue: Catalogue): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = TEMPLATE_MARKER;
  const records = addRecordsSheet(workbook);
  const lists = dropDowns(catalogue);
  const formulas = addListsSheet(workbook, lists);
  lists.forEach((list, index) => {
    const column = RECORD_COLUMNS.indexOf(list.column) + 1;
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formulas[index] ?? ""],
      showErrorMessage: true,
      errorStyle: list.multiValued ? "warning" : "error",
      errorTitle: list.column,
      error: list.multiValued
        ? `Pick from the list; for several values write them joined by "; ".`
        : "Pick a value from the list.",
    };
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++)
      records.getCell(row, column).dataValidation = validation;
  });
  addInstructionsSheet(workbook, catalogue);
  addAboutSheet(workbook, undefined);
  return workbookBytes(workbook);
}
