/**
 * CSV text to one Grid. Every line stays a row, blank and metadata lines included: finding where
 * the table starts is table detection's job, not the reader's.
 */
import type { CellValue, Grid } from "../grid/grid";
import Papa from "papaparse";
import type { CsvDelimiter } from "./csv-delimiter";
import { decideDecimalMark, decimalMarkEvidence, parseCsvNumber } from "./csv-numbers";

/** How often (in rows) progress is reported on big files. */
const PROGRESS_EVERY_ROWS = 50_000;
/** Quote problems listed by row before the warning just counts them. */
const MAX_LISTED_PROBLEM_ROWS = 5;

export interface CsvGridOutcome {
  grid: Grid;
  warnings: string[];
}

export interface CsvGridOptions {
  name: string;
  /** Undefined for a one-column file: no field is ever split. */
  delimiter: CsvDelimiter | undefined;
  onRows?: (rowsRead: number, fraction: number) => void;
}

type CsvRow = CellValue[];

function parseRows(
  text: string,
  options: CsvGridOptions,
): { rows: CsvRow[]; problemRows: number[] } {
  const rows: CsvRow[] = [];
  const problemRows = new Set<number>();
  // A delimiter that never occurs keeps every line a single field.
  const delimiter = options.delimiter ?? "\u0000";
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const row = result.data;
      // Papa gives [""] for a blank line; the grid wants an empty row.
      rows.push(row.length === 1 && row[0] === "" ? [] : row);
      if (result.errors.length > 0) problemRows.add(rows.length);
      if (options.onRows && rows.length % PROGRESS_EVERY_ROWS === 0) {
        options.onRows(rows.length, text.length === 0 ? 1 : result.meta.cursor / text.length);
      }
    },
  });
  return { rows, problemRows: [...problemRows] };
}

function decimalMarkOf(rows: readonly CsvRow[]) {
  let dot = 0;
  let comma = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      const evidence = decimalMarkEvidence(cell);
      if (evidence === "dot") dot++;
      else if (evidence === "comma") comma++;
    }
  }
  return decideDecimalMark(dot, comma);
}

/** Types cells in place (the text copy is not kept, which matters at a million rows). */
function typeCells(rows: CsvRow[]): number {
  const mark = decimalMarkOf(rows);
  let width = 0;
  for (const row of rows) {
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (typeof raw !== "string") continue;
      if (raw.trim() === "") {
        row[c] = null;
        continue;
      }
      row[c] = parseCsvNumber(raw, mark) ?? raw;
      last = c;
    }
    row.length = last + 1;
    width = Math.max(width, row.length);
  }
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return width;
}

function quoteWarning(problemRows: readonly number[]): string {
  const listed = problemRows.slice(0, MAX_LISTED_PROBLEM_ROWS).join(", ");
  const more =
    problemRows.length > MAX_LISTED_PROBLEM_ROWS
      ? ` and ${problemRows.length - MAX_LISTED_PROBLEM_ROWS} more`
      : "";
  return `Unbalanced quotes in ${problemRows.length === 1 ? "row" : "rows"} ${listed}${more}; those rows may be split or joined wrongly, so check them in the source file.`;
}

export function csvTextToGrid(text: string, options: CsvGridOptions): CsvGridOutcome {
  const { rows, problemRows } = parseRows(text, options);
  const width = typeCells(rows);
  const warnings = problemRows.length > 0 ? [quoteWarning(problemRows)] : [];
  const grid: Grid = { name: options.name, rows, width, formats: {}, merges: [] };
  return { grid, warnings };
}
