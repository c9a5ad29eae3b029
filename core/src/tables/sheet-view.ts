/**
 * A read-only view of a grid for the detector: cell kinds computed once, and merged areas
 * looked up by cell, since headers put one label across many columns or rows.
 */
import type { CellRange, CellValue, Grid } from "../grid/grid";
import { cellAt } from "../grid/grid";
import { cellKind, cellText, type CellKind } from "./cell-values";

export interface SheetView {
  grid: Grid;
  height: number;
  width: number;
  value(r: number, c: number): CellValue;
  text(r: number, c: number): string;
  kind(r: number, c: number): CellKind;
  /**
   * The kinds of row r's stored cells, for passes over the whole sheet; may be shorter than
   * `width` (the rest is empty).
   */
  rowKinds(r: number): readonly CellKind[];
  /** The merged area covering (r, c), if any. */
  mergeAt(r: number, c: number): CellRange | undefined;
}

const NO_KINDS: readonly CellKind[] = [];

function kindsOfRow(row: readonly CellValue[]): CellKind[] {
  // A plain loop, not row.map: a sparse row's holes must read as empty cells, not holes.
  const kinds = new Array<CellKind>(row.length);
  for (let c = 0; c < row.length; c++) kinds[c] = cellKind(row[c] ?? null);
  return kinds;
}

export function createSheetView(grid: Grid): SheetView {
  const height = grid.rows.length;
  let width = grid.width;
  for (const row of grid.rows) width = Math.max(width, row.length);
  const kinds = grid.rows.map(kindsOfRow);
  const merges = new Map<number, CellRange>();
  for (const m of grid.merges) {
    for (let r = m.s.r; r <= Math.min(m.e.r, height); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, width); c++) merges.set(r * width + c, m);
    }
  }
  return {
    grid,
    height,
    width,
    value: (r, c) => cellAt(grid, r, c),
    text: (r, c) => cellText(cellAt(grid, r, c)),
    kind: (r, c) => kinds[r]?.[c] ?? "empty",
    rowKinds: (r) => kinds[r] ?? NO_KINDS,
    mergeAt: (r, c) => merges.get(r * width + c),
  };
}

/**
 * The same sheet seen through columns left..right only: for a table beside another on the same
 * rows, whose rows, headers and title lines must not take in its neighbour's cells.
 */
export function bandView(view: SheetView, left: number, right: number): SheetView {
  const inBand = (c: number) => c >= left && c <= right;
  const rowKindsCache = new Map<number, readonly CellKind[]>();
  return {
    ...view,
    value: (r, c) => (inBand(c) ? view.value(r, c) : null),
    text: (r, c) => (inBand(c) ? view.text(r, c) : ""),
    kind: (r, c) => (inBand(c) ? view.kind(r, c) : "empty"),
    rowKinds: (r) => {
      let kinds = rowKindsCache.get(r);
      if (kinds === undefined) {
        kinds = view.rowKinds(r).map((k, c) => (inBand(c) ? k : "empty"));
        rowKindsCache.set(r, kinds);
      }
      return kinds;
    },
    mergeAt: (r, c) => (inBand(c) ? view.mergeAt(r, c) : undefined),
  };
}
