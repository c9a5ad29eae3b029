/**
 * Writes our sheets (gap matrix, action plan, summary, sources) as Excel tables with conditional
 * formats and drop-down validation. Never touches the user's sheets: a name held by a user sheet
 * is refused, and replacing a sheet of ours needs the caller's explicit confirmation.
 */
import type { CellValue } from "@gapmap/core";
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { OfficeAdapterError, withTypedErrors } from "./office-errors";
import { OUR_SHEETS_SETTING, parseRegistry, serializeRegistry } from "./our-sheets-registry";
import { ESTIMATED_BYTES_PER_CELL, PAYLOAD_BUDGET_BYTES, rowsPerBlock } from "./payload-budget";
import { sheetModelsSchema, type SheetModel } from "./sheet-model";

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

/** Table names allow letters, digits, underscores and dots, and must be unique in the workbook. */
function tableName(sheetName: string): string {
  return `Gapmap_${sheetName.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** Excel writes "" for an empty cell; null in a values array would mean "leave unchanged". */
function toWritable(row: readonly CellValue[], width: number): (string | number | boolean)[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? "");
}

function columnRange(sheet: Excel.Worksheet, model: SheetModel, column: string): Excel.Range {
  const c = model.columns.indexOf(column);
  // Data rows only (header excluded); at least one row so rules exist for rows typed later.
  return sheet.getRangeByIndexes(1, c, Math.max(1, model.rows.length), 1);
}

function addFormatsAndValidation(sheet: Excel.Worksheet, model: SheetModel): void {
  for (const spec of model.conditionalFormats ?? []) {
    const range = columnRange(sheet, model, spec.column);
    if (spec.kind === "text-contains") {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = spec.fill;
      cf.textComparison.rule = { operator: "Contains", text: spec.text };
    } else {
      const cf = range.conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = spec.fill;
      cf.cellValue.rule = {
        formula1: String(spec.min),
        formula2: String(spec.max),
        operator: "Between",
      };
    }
  }
  for (const spec of model.validations ?? []) {
    const range = columnRange(sheet, model, spec.column);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: spec.allowed.join(",") } };
  }
}

export async function writeOurSheets(
  input: readonly SheetModel[],
  options: WriteSheetsOptions = {},
): Promise<WriteResult> {
  const models = sheetModelsSchema.parse(input);
  const excel = options.excel ?? defaultExcel();
  return withTypedErrors(() =>
    excel.run(async (context) => {
      // Sync 1: what exists, which of it is ours, and whether the workbook is protected.
      const workbook = context.workbook;
      workbook.worksheets.load("items/name, items/id");
      const setting = workbook.settings.getItemOrNullObject(OUR_SHEETS_SETTING);
      setting.load("value");
      workbook.protection.load("protected");
      await context.sync();

      if (workbook.protection.protected) {
        throw new OfficeAdapterError("protected", "the workbook structure is protected");
      }
      const ourIds = new Set(setting.isNullObject ? [] : parseRegistry(setting.value));
      const byName = new Map(workbook.worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
      const clashes = models.flatMap((m) => {
        const ws = byName.get(m.name.toLowerCase());
        return ws ? [{ model: m, ws, ours: ourIds.has(ws.id) }] : [];
      });
      const userClashes = clashes.filter((c) => !c.ours).map((c) => c.ws.name);
      if (userClashes.length > 0) return { status: "name-taken", names: userClashes };
      if (clashes.length > 0 && options.replaceOurSheets !== true) {
        return { status: "needs-confirmation", existing: clashes.map((c) => c.ws.name) };
      }

      // Sync 2..n: replace ours, write values in budget-sized chunks, then tables and rules.
      context.application.suspendApiCalculationUntilNextSync();
      for (const { ws } of clashes) {
        ourIds.delete(ws.id);
        ws.delete();
      }
      let queuedBytes = 0;
      const written = [];
      for (const model of models) {
        const sheet = workbook.worksheets.add(model.name);
        sheet.load("id");
        const width = model.columns.length;
        const all = [model.columns, ...model.rows.map((row) => toWritable(row, width))];
        const step = rowsPerBlock(width);
        for (let start = 0; start < all.length; start += step) {
          const chunk = all.slice(start, start + step);
          const bytes = chunk.length * width * ESTIMATED_BYTES_PER_CELL;
          if (queuedBytes > 0 && queuedBytes + bytes > PAYLOAD_BUDGET_BYTES) {
            await context.sync();
            queuedBytes = 0;
          }
          sheet.getRangeByIndexes(start, 0, chunk.length, width).values = chunk;
          queuedBytes += bytes;
        }
        const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, all.length, width), true);
        table.name = tableName(model.name);
        addFormatsAndValidation(sheet, model);
        written.push(sheet);
      }
      await context.sync();

      // Last sync: remember the new sheets as ours (ids exist only after the sheets do).
      const stillThere = new Set(workbook.worksheets.items.map((ws) => ws.id));
      const keep = [...ourIds].filter((id) => stillThere.has(id));
      workbook.settings.add(
        OUR_SHEETS_SETTING,
        serializeRegistry([...keep, ...written.map((s) => s.id)]),
      );
      await context.sync();
      return { status: "written", sheets: models.map((m) => m.name) };
    }),
  );
}
