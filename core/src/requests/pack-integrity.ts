/**
 * What a returned pack lost on its way through another spreadsheet program (LibreOffice, an
 * older Excel, an online editor): the key sheet's "very hidden" state, the defined names that
 * mark the tables, the number validation of the data cells, the sheets' protection. None of
 * these is needed to read the pack exactly (the key is checked, each table is found by its
 * header too, and every value is checked as a number), so each loss is reported, not refused.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../grid/address";
import type { LocatedColumns } from "./locate-table";
import { REQUEST_KEY_SHEET, type RequestKey, type RequestTable } from "./request-pack-schema";

export interface LocatedTable {
  table: RequestTable;
  located: LocatedColumns;
}

/** How many cells a warning names before it says "…". */
const CELLS_NAMED = 3;

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

function keyWarning(workbook: ExcelJS.Workbook): string[] {
  const state = workbook.getWorksheet(REQUEST_KEY_SHEET)?.state;
  if (state === undefined || state === "veryHidden") return [];
  const now = state === "visible" ? "visible" : "hidden but no longer very hidden";
  return [
    `the key sheet "${REQUEST_KEY_SHEET}" is ${now} (LibreOffice and OpenDocument have no very hidden sheets), so it can be shown and edited; its content was checked and the tables were read by it`,
  ];
}

function definedNameWarning(workbook: ExcelJS.Workbook, key: RequestKey): string[] {
  const gone = key.tables.filter(
    (t) => workbook.definedNames.getRanges(t.definedName).ranges.length === 0,
  );
  if (gone.length === 0) return [];
  return [
    `the defined names that mark the tables are gone from ${gone.length === key.tables.length ? "every data-entry sheet" : `sheets ${quoteList(gone.map((t) => t.sheet))}`} (${gone.map((t) => t.definedName).join(", ")}); each table was found by its header row instead`,
  ];
}

/** Data cells of a located table (the key's rows and years) that lost their number validation. */
function unvalidatedCells(sheet: ExcelJS.Worksheet, { table, located }: LocatedTable) {
  const columns = located.years
    .filter((y) => table.yearColumns.some((k) => k.year === y.year))
    .map((y) => y.column);
  const missing: string[] = [];
  let cells = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const row = located.headerRow + 1 + i;
    for (const column of columns) {
      cells++;
      const validation = sheet.getCell(row, column).dataValidation as
        ExcelJS.DataValidation | undefined;
      if (validation?.type !== "decimal")
        missing.push(`${columnLetters(column - 1)}${String(row)}`);
    }
  }
  return { missing, cells };
}

function validationWarning(workbook: ExcelJS.Workbook, tables: readonly LocatedTable[]): string[] {
  const parts: string[] = [];
  for (const located of tables) {
    const sheet = workbook.getWorksheet(located.table.sheet);
    if (sheet === undefined) continue;
    const { missing, cells } = unvalidatedCells(sheet, located);
    if (missing.length === 0) continue;
    const named = missing.slice(0, CELLS_NAMED).join(", ");
    const more = missing.length > CELLS_NAMED ? ", …" : "";
    parts.push(
      missing.length === cells
        ? `"${located.table.sheet}"`
        : `"${located.table.sheet}" (${String(missing.length)} of ${String(cells)} cells: ${named}${more})`,
    );
  }
  if (parts.length === 0) return [];
  return [
    `number validation was removed from sheet${parts.length === 1 ? "" : "s"} ${parts.join(", ")}; every value was still checked as a number`,
  ];
}

function protectionWarning(
  key: RequestKey,
  protection: ReadonlyMap<string, boolean> | undefined,
): string[] {
  if (protection === undefined) return [];
  const sheets = [key.coverSheet, ...key.tables.map((t) => t.sheet)];
  const open = sheets.filter((s) => protection.get(s) === false);
  if (open.length === 0) return [];
  return [
    `protection was removed from sheet${open.length === 1 ? "" : "s"} ${quoteList(open)}; the layout was checked against the key instead (any change is listed with its table)`,
  ];
}

/**
 * Every loss, in words, for the pack-read warnings. `protection` maps sheet names to whether
 * their protection is on (from the file's XML); undefined when it could not be read.
 */
export function packIntegrityWarnings(
  workbook: ExcelJS.Workbook,
  key: RequestKey,
  tables: readonly LocatedTable[],
  protection: ReadonlyMap<string, boolean> | undefined,
): string[] {
  return [
    ...keyWarning(workbook),
    ...definedNameWarning(workbook, key),
    ...validationWarning(workbook, tables),
    ...protectionWarning(key, protection),
  ];
}
