/**
 * Reads the rows of one located table: which breakdowns and years hold numbers, how many cells
 * are filled, the notes, and every cell that holds something other than a number.
 */
import type ExcelJS from "exceljs";
import type { DimensionKind } from "../catalogue/vocabulary";
import { columnLetters } from "../grid/address";
import { cellText } from "../inventory/xlsx-cells";
import type { LocatedColumns } from "./locate-table";
import type { PackTableReading, RequestTable } from "./request-pack-schema";

/** Marks statisticians write for "no figure": read as an empty cell. */
const NO_FIGURE = new Set(["", "-", "–", "—", "..", "...", "…", ":", "x", "n/a", "na", "nd"]);
/** Rows with nothing in them that end a table. */
const BLANK_ROWS_THAT_END = 3;
const NUMBER_TEXT = /^[+-]?(\d{1,3}([ \u00a0\u202f,]\d{3})+|\d+)(\.\d+)?$/;

type CellNumber = { kind: "number" } | { kind: "empty" } | { kind: "text"; text: string };

function readNumber(value: ExcelJS.CellValue): CellNumber {
  if (typeof value === "number") return { kind: "number" };
  if (
    value !== null &&
    typeof value === "object" &&
    "result" in value &&
    typeof value.result === "number"
  )
    return { kind: "number" };
  const text = cellText(value).trim();
  if (NO_FIGURE.has(text.toLowerCase())) return { kind: "empty" };
  // "1 234" or "1,234": a number typed as text. Counted, and reported by the caller.
  if (NUMBER_TEXT.test(text)) return { kind: "number" };
  return { kind: "text", text };
}

export interface TableCells {
  reading: Omit<PackTableReading, "indicator" | "sheet" | "range" | "changes">;
  lastRow: number;
  /** Cells that hold text instead of a number, as "D7: "abc"". */
  badCells: string[];
}

export function readTableCells(
  sheet: ExcelJS.Worksheet,
  table: RequestTable,
  at: LocatedColumns,
  changes: string[],
): TableCells {
  const kindOfLabel = new Map(
    Object.entries(table.breakdownLabels).map(([kind, label]) => [label, kind]),
  );
  const years = new Set<number>();
  const breakdowns = new Set<DimensionKind>();
  const notes: string[] = [];
  const badCells: string[] = [];
  let filled = 0;
  let empty = 0;
  let current: string | undefined;
  let blank = 0;
  let row = at.headerRow + 1;
  let lastRow = at.headerRow;
  const limit = at.headerRow + table.rows.length + 200;
  for (; row <= limit && blank < BLANK_ROWS_THAT_END; row++) {
    const excelRow = sheet.getRow(row);
    const label = cellText(excelRow.getCell(at.breakdown).value).trim();
    const category = cellText(excelRow.getCell(at.category).value).trim();
    const note = cellText(excelRow.getCell(at.notes).value).trim();
    const values = at.years.map(({ column, year }) => ({
      year,
      column,
      cell: readNumber(excelRow.getCell(column).value),
    }));
    const numbers = values.filter((v) => v.cell.kind === "number");
    if (
      label === "" &&
      category === "" &&
      note === "" &&
      numbers.length === 0 &&
      values.every((v) => v.cell.kind === "empty")
    ) {
      blank++;
      continue;
    }
    blank = 0;
    lastRow = row;
    if (label !== "") {
      const kind = kindOfLabel.get(label);
      if (kind === undefined)
        changes.push(
          `row ${String(row)}: "${label}" is not a breakdown this table asked for; its numbers are not counted`,
        );
      current = kind;
    } else if (numbers.length > 0) {
      changes.push(`row ${String(row)} has no breakdown label; read as part of the row above`);
    }
    for (const v of values) {
      if (v.cell.kind === "text")
        badCells.push(`${columnLetters(v.column - 1)}${String(row)}: "${v.cell.text}"`);
    }
    if (current === undefined) continue;
    filled += numbers.length;
    empty += values.length - numbers.length;
    for (const { year } of numbers) years.add(year);
    if (numbers.length > 0 && current !== "total") breakdowns.add(current as DimensionKind);
    if (note !== "") notes.push(category === "" ? note : `${category}: ${note}`);
  }
  return {
    reading: {
      years: [...years].sort((a, b) => a - b),
      breakdowns: [...breakdowns],
      filledCells: filled,
      emptyCells: empty,
      notes,
    },
    lastRow,
    badCells,
  };
}
