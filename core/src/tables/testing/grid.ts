// TEST SUPPORT ONLY: the sheet grid the table tests build from literal rows.
import type { CellValue, Grid } from "../../grid/grid";

/** A sheet named `name` holding `rows` as written (no formats), as width the longest row. */
export function grid(rows: CellValue[][], name = "Sheet1", merges: Grid["merges"] = []): Grid {
  return { name, rows, width: Math.max(0, ...rows.map((r) => r.length)), formats: {}, merges };
}
