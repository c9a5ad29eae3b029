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
