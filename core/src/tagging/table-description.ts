/**
 * A web table as plain data, so table detection works on HTML tables without core touching DOM
 * types: the browser DOM and jsdom both produce this, and it becomes a core Grid with merges.
 */
import { z } from "zod";
import type { CellRange, CellValue, Grid } from "../grid/grid";
import { isDigits } from "../text/is-digits";

/** Browsers clamp spans to these (HTML spec): a hostile page cannot make a huge grid. */
export const MAX_COL_SPAN = 1000;
export const MAX_ROW_SPAN = 65534;
/** Grid size cap for one web table; larger tables are cut and the cut is reported. */
export const MAX_WEB_TABLE_CELLS = 1_000_000;

export const tableCellDescriptionSchema = z.strictObject({
  text: z.string(),
  colSpan: z.number().int().min(1).catch(1),
  rowSpan: z.number().int().min(0).catch(1),
  header: z.boolean(),
});
export const tableDescriptionSchema = z.strictObject({
  /** Caption or nearby heading, when the page has one; becomes the first grid row. */
  caption: z.string().optional(),
  rows: z.array(z.strictObject({ cells: z.array(tableCellDescriptionSchema) })),
});
export type TableCellDescription = z.infer<typeof tableCellDescriptionSchema>;
export type TableDescription = z.infer<typeof tableDescriptionSchema>;

// Numbers as web tables print them: "1 234", "1,234", "12,5", "−3", "45%".
const GROUPED_RE = /^[-+−]?\d{1,3}([ \u00A0\u202F,.']\d{3})+$/;
const PLAIN_RE = /^[-+−]?\d+([.,]\d+)?$/;

/** A cell's text as a grid value: numbers become numbers, empty text null, the rest text. */
export function webCellValue(text: string): CellValue {
  // The commonest cell, plain digits, reads the same as through PLAIN_RE below.
  if (isDigits(text)) return Number(text);
  const t = text.replace(/\s+/g, " ").trim();
  if (t === "") return null;
  const sign = /^[-−]/.test(t) ? -1 : 1;
  if (GROUPED_RE.test(t)) return sign * Number(t.replace(/[^\d]/g, ""));
  if (PLAIN_RE.test(t)) return sign * Number(t.replace(/^[-+−]/, "").replace(",", "."));
  return t;
}

/** Lays the cells out on a grid (HTML table model: spans occupy slots below and to the right). */
export function gridFromTableDescription(
  table: TableDescription,
  name: string,
): { grid: Grid; truncated: boolean } {
  const rows: CellValue[][] = [];
  const occupied: boolean[][] = [];
  const merges: CellRange[] = [];
  let width = 0;
  let truncated = false;
  const offset = table.caption === undefined || table.caption.trim() === "" ? 0 : 1;
  if (offset === 1) rows.push([webCellValue(table.caption ?? "")]);

  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (!row) continue;
    let c = 0;
    for (const cell of row.cells) {
      while (occupied[r]?.[c] === true) c++;
      const colSpan = Math.min(cell.colSpan, MAX_COL_SPAN);
      // rowspan="0" means "to the end of the table section".
      const rowSpan = Math.min(
        cell.rowSpan === 0 ? table.rows.length - r : cell.rowSpan,
        MAX_ROW_SPAN,
        table.rows.length - r,
      );
      if ((r + rowSpan) * (c + colSpan) > MAX_WEB_TABLE_CELLS) {
        truncated = true;
        break;
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        const taken = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) taken[c + dc] = true;
      }
      const gridRow = (rows[r + offset] ??= []);
      gridRow[c] = webCellValue(cell.text);
      if (colSpan > 1 || rowSpan > 1)
        merges.push({
          s: { r: r + offset, c },
          e: { r: r + offset + rowSpan - 1, c: c + colSpan - 1 },
        });
      c += colSpan;
      width = Math.max(width, c);
    }
  }

  const total = table.rows.length + offset;
  const dense: CellValue[][] = [];
  for (let r = 0; r < total; r++) {
    const row = rows[r] ?? [];
    // A plain loop: the row's holes (cells under a span) must read as null, not holes.
    const denseRow: CellValue[] = [];
    for (let c = 0; c < row.length; c++) denseRow.push(row[c] ?? null);
    dense.push(denseRow);
  }
  return { grid: { name, rows: dense, width, formats: {}, merges }, truncated };
}
