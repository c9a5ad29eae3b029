/**
 * Writes our sheets (gap matrix, action plan, summary, sources) as Excel tables with conditional
 * formats and drop-down validation. Never touches the user's sheets: a name held by a user sheet
 * is refused, and replacing a sheet of ours needs the caller's explicit confirmation.
 *
 * Recoverable: new sheets are built under temporary names, marked "building" in the request that
 * creates them; only once they are complete are the old sheets deleted and the new ones renamed
 * and marked complete, in one request. A write cut short leaves the old sheets as they were, and
 * the next write deletes the leftovers (ours, by their mark).
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { sameName, tableNameBase } from "./excel-names";
import { OfficeAdapterError, withTypedErrors } from "./office-errors";
import {
  deleteOurSheet,
  freeName,
  mark,
  queueMarks,
  SHEET_BUILDING,
  SHEET_COMPLETE,
  type SheetInfo,
} from "./our-sheets";
import { sheetModelsSchema, type SheetModel } from "./sheet-model";
import { addFormatsAndValidation } from "./sheet-rules";
import { toWritable, writeRows } from "./write-values";

export type WriteResult =
  | { status: "written"; sheets: string[] }
  /** Sheets of ours with these names exist; call again with `replaceOurSheets: true` to replace. */
  | { status: "needs-confirmation"; existing: string[] }
  /** The user's own sheets have these names; pick other names, we never overwrite them. */
  | { status: "name-taken"; names: string[] };

export interface WriteSheetsOptions {
  excel?: ExcelRunner;
  /** The user confirmed replacing our earlier sheets of the same names. */
  replaceOurSheets?: boolean;
}

interface Workbook {
  sheets: SheetInfo[];
  /** Every table and defined name: a new table's name must differ from all of them. */
  takenTableNames: string[];
}

/** Two syncs: sheets, tables, names and protection; then which sheets carry our mark. */
async function inspect(context: Excel.RequestContext): Promise<Workbook> {
  const workbook = context.workbook;
  workbook.worksheets.load("items/name, items/visibility");
  workbook.tables.load("items/name");
  workbook.names.load("items/name");
  workbook.protection.load("protected");
  await context.sync();
  if (workbook.protection.protected) {
    throw new OfficeAdapterError("protected", "the workbook structure is protected");
  }
  const marks = queueMarks(workbook.worksheets.items);
  await context.sync();
  return {
    sheets: marks(),
    takenTableNames: [
      ...workbook.tables.items.map((t) => t.name),
      ...workbook.names.items.map((n) => n.name),
    ],
  };
}

/** Deletes whatever a write cut short left behind; best effort, the next write tries again. */
async function removeQuietly(context: Excel.RequestContext, sheets: readonly SheetInfo[]) {
  if (sheets.length === 0) return;
  for (const sheet of sheets) deleteOurSheet(sheet);
  await context.sync().catch(() => undefined);
}

export async function writeOurSheets(
  input: readonly SheetModel[],
  options: WriteSheetsOptions = {},
): Promise<WriteResult> {
  const models = sheetModelsSchema.parse(input);
  const excel = options.excel ?? defaultExcel();
  return withTypedErrors(() =>
    excel.run(async (context) => {
      const workbook = await inspect(context);
      const leftovers = workbook.sheets.filter((s) => s.mark === SHEET_BUILDING);
      const current = workbook.sheets.filter((s) => s.mark !== SHEET_BUILDING);
      const clashes = current.filter((s) => models.some((m) => sameName(m.name, s.name)));
      const userClashes = clashes.filter((c) => c.mark === undefined).map((c) => c.name);
      if (userClashes.length > 0) return { status: "name-taken", names: userClashes };
      if (clashes.length > 0 && options.replaceOurSheets !== true) {
        return { status: "needs-confirmation", existing: clashes.map((c) => c.name) };
      }

      // Build: new sheets under temporary names, marked in the request that creates them.
      context.application.suspendApiCalculationUntilNextSync();
      for (const leftover of leftovers) deleteOurSheet(leftover);
      const taken = [...current.map((s) => s.name), ...models.map((m) => m.name)];
      const building: SheetInfo[] = models.map((_model, i) => {
        const name = freeName(`Gapmap new ${i + 1}`, taken);
        taken.push(name);
        const sheet = context.workbook.worksheets.add(name);
        mark(sheet, SHEET_BUILDING);
        return { sheet, name, visibility: "Visible", mark: SHEET_BUILDING };
      });
      try {
        await context.sync();
        const rows = models.map((model, i) => ({
          sheet: (building[i] as SheetInfo).sheet,
          rows: [model.columns, ...model.rows.map((row) => toWritable(row, model.columns.length))],
        }));
        await writeRows(context, rows);
        const tableNames = [...workbook.takenTableNames];
        models.forEach((model, i) => {
          const { sheet } = building[i] as SheetInfo;
          const width = model.columns.length;
          const table = sheet.tables.add(
            sheet.getRangeByIndexes(0, 0, model.rows.length + 1, width),
            true,
          );
          table.name = freeName(tableNameBase(model.name), tableNames, "_");
          tableNames.push(table.name);
          addFormatsAndValidation(sheet, model);
        });
        await context.sync();
      } catch (error) {
        await removeQuietly(context, building);
        throw error;
      }

      // Swap, in one request: old sheets out, new ones under their names and marked complete.
      for (const old of clashes) deleteOurSheet(old);
      models.forEach((model, i) => {
        const { sheet } = building[i] as SheetInfo;
        sheet.name = model.name;
        mark(sheet, SHEET_COMPLETE);
      });
      await context.sync();
      return { status: "written", sheets: models.map((m) => m.name) };
    }),
  );
}
