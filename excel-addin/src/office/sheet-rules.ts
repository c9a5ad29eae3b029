/**
 * Conditional formats and drop-down lists on our sheets. A list source holds at most 255
 * characters in Excel (the Source box's limit); longer choice lists are written into a hidden
 * column to the right of the table and the drop-down refers to those cells.
 */
import { toA1 } from "@gapmap/core";
import type { SheetModel, ValidationSpec } from "./sheet-model";
import { TEXT_FORMAT } from "./write-values";

export const MAX_LIST_SOURCE = 255;

function columnRange(sheet: Excel.Worksheet, model: SheetModel, column: string): Excel.Range {
  const c = model.columns.indexOf(column);
  // Data rows only (header excluded); at least one row so rules exist for rows typed later.
  return sheet.getRangeByIndexes(1, c, Math.max(1, model.rows.length), 1);
}

/** The list's source: inline when it fits, else cells in a hidden column past the table. */
function listSource(sheet: Excel.Worksheet, spec: ValidationSpec, column: number): string {
  const inline = spec.allowed.join(",");
  if (inline.length <= MAX_LIST_SOURCE) return inline;
  const cells = sheet.getRangeByIndexes(0, column, spec.allowed.length, 1);
  cells.numberFormat = spec.allowed.map(() => [TEXT_FORMAT]);
  cells.values = spec.allowed.map((choice) => [choice]);
  cells.columnHidden = true;
  const first = toA1({ r: 0, c: column }).replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
  const last = toA1({ r: spec.allowed.length - 1, c: column }).replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
  return `=${first}:${last}`;
}

export function addFormatsAndValidation(sheet: Excel.Worksheet, model: SheetModel): void {
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
  // Long lists go one blank column past the table, then one column each.
  let spare = model.columns.length + 1;
  for (const spec of model.validations ?? []) {
    const range = columnRange(sheet, model, spec.column);
    const source = listSource(sheet, spec, spare);
    if (source.startsWith("=")) spare++;
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
}
