/**
 * The grid: the one input shape of table detection. File readers (cli), the Office.js adapter
 * (excel-addin) and the HTML table reader (extension, cli) all produce it; everything after the
 * grid is shared. Rows are zero-based and row-major, like a sheet seen from its top-left cell.
 */
import { z } from "zod";

/**
 * A cell's value. Dates are ISO strings ("2020-01-31"); error cells keep their code ("#N/A");
 * empty cells are null.
 */
export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const cellAddressSchema = z.strictObject({
  r: z.number().int().nonnegative(),
  c: z.number().int().nonnegative(),
});
export type CellAddress = z.infer<typeof cellAddressSchema>;

/** An inclusive rectangle, start `s` to end `e`. */
export const cellRangeSchema = z.strictObject({ s: cellAddressSchema, e: cellAddressSchema });
export type CellRange = z.infer<typeof cellRangeSchema>;

export const gridSchema = z.strictObject({
  /** Sheet name exactly as the workbook has it (trailing spaces included). */
  name: z.string(),
  /** Cell values row by row; a row may be shorter than `width` (trailing empty cells dropped). */
  rows: z.array(z.array(cellValueSchema)),
  /** Number of columns of the used area. */
  width: z.number().int().nonnegative(),
  /** Number formats other than General, keyed by A1 address; sparse, since most cells are General. */
  formats: z.record(z.string(), z.string()),
  merges: z.array(cellRangeSchema),
});
export type Grid = z.infer<typeof gridSchema>;

/** The value at (r, c), null when outside the stored cells. */
export function cellAt(grid: Grid, r: number, c: number): CellValue {
  return grid.rows[r]?.[c] ?? null;
}
