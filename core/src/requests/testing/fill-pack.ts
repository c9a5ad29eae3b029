/** Test helpers: fill a data-request pack the way an agency would, with exceljs. */
import ExcelJS from "exceljs";
import type { RequestKey, RequestTable } from "../request-pack-schema";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes `value` in the year cells of the rows that `pick` chooses (and that `years`, when
 * given, allows), in every table of the key. `shift` is how many rows the ministry inserted
 * above the tables. Rows without a printed category get one, as the agency would write it.
 */
export function fillPack(
  workbook: ExcelJS.Workbook,
  key: Pick<RequestKey, "tables">,
  pick: (breakdown: string, i: number, table: RequestTable) => boolean,
  options: { value?: unknown; shift?: number; years?: (year: number) => boolean } = {},
): void {
  const { value = 120, shift = 0, years = () => true } = options;
  for (const table of key.tables) {
    const sheet = workbook.getWorksheet(table.sheet);
    if (sheet === undefined) throw new Error(`no sheet ${table.sheet}`);
    table.rows.forEach((row, i) => {
      if (!pick(row.breakdown, i, table)) return;
      const excelRow = sheet.getRow(table.headerRow + 1 + i + shift);
      if (row.category === undefined)
        excelRow.getCell(table.categoryColumn).value = `group ${String(i)}`;
      for (const { column, year } of table.yearColumns)
        if (years(year)) excelRow.getCell(column).value = value as ExcelJS.CellValue;
    });
  }
}

/** exceljs keeps a sheet's validations by cell address; its typings leave the collection out. */
function validationsOf(sheet: ExcelJS.Worksheet): {
  model: Record<string, ExcelJS.DataValidation | undefined>;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof validationsOf> })
    .dataValidations;
}

/** Removes a cell's data validation, as a user clearing it (or a program dropping it) would. */
export function removeValidation(sheet: ExcelJS.Worksheet, row: number, column: number): void {
  validationsOf(sheet).model[sheet.getCell(row, column).address] = undefined;
}

/**
 * Inserts rows above row `at`, as a ministry does in Excel: the cells below move down, and their
 * number validation with them (exceljs's spliceRows leaves validation where it was).
 */
export function insertRowsAbove(
  sheet: ExcelJS.Worksheet,
  at: number,
  rows: readonly ExcelJS.CellValue[][],
): void {
  sheet.spliceRows(at, 0, ...rows.map((r) => [...r]));
  const validations = validationsOf(sheet);
  const moved: Record<string, ExcelJS.DataValidation | undefined> = {};
  for (const [address, validation] of Object.entries(validations.model)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    const row = Number(match?.[2]);
    moved[match !== null && row >= at ? `${match[1] ?? ""}${String(row + rows.length)}` : address] =
      validation;
  }
  validations.model = moved;
}
