/**
 * Writes rows of cells in requests sized by their serialised length (what Excel on the web
 * counts against its 5 MB cap), not by an estimate per cell. A request Excel still refuses is
 * split in halves and sent again; a single row over the cap is a typed error.
 *
 * Every string cell gets the text format "@" in the same request, before its value: otherwise
 * Excel takes a string starting with "=", "+" or "-" as a formula and converts date-like strings
 * [@types/office-js, Range.values], turning action titles into #NAME? or dates into numbers.
 */
import type { CellValue } from "@gapmap/core";
import { OfficeAdapterError, toOfficeAdapterError } from "./office-errors";
import { PAYLOAD_BUDGET_BYTES } from "./payload-budget";

export type WritableCell = string | number | boolean;

/** Rows of one sheet, starting at `startRow`, written as one range. */
interface Chunk {
  sheet: Excel.Worksheet;
  startRow: number;
  rows: WritableCell[][];
  bytes: number;
}

export const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

/** Excel writes "" for an empty cell; null in a values array would mean "leave unchanged". */
export function toWritable(row: readonly CellValue[], width: number): WritableCell[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? "");
}

function formatsOf(rows: readonly WritableCell[][]): string[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" ? TEXT_FORMAT : GENERAL_FORMAT)));
}

/** Request bytes of one row: its values and its formats, as JSON. */
function rowBytes(row: readonly WritableCell[]): number {
  return JSON.stringify(row).length + JSON.stringify(formatsOf([[...row]])[0]).length;
}

export interface SheetRows {
  sheet: Excel.Worksheet;
  rows: WritableCell[][];
}

/** Packs rows into chunks (one range write each) and chunks into requests under the budget. */
export function planWrites(sheets: readonly SheetRows[], budget = PAYLOAD_BUDGET_BYTES): Chunk[][] {
  const requests: Chunk[][] = [];
  let current: Chunk[] = [];
  let currentBytes = 0;
  for (const { sheet, rows } of sheets) {
    let chunk: Chunk | undefined;
    rows.forEach((row, r) => {
      const bytes = rowBytes(row);
      if (currentBytes > 0 && currentBytes + bytes > budget) {
        requests.push(current);
        current = [];
        currentBytes = 0;
        chunk = undefined;
      }
      if (chunk === undefined) {
        chunk = { sheet, startRow: r, rows: [], bytes: 0 };
        current.push(chunk);
      }
      chunk.rows.push(row);
      chunk.bytes += bytes;
      currentBytes += bytes;
    });
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function halves(request: readonly Chunk[]): Chunk[][] {
  if (request.length > 1) {
    const middle = Math.ceil(request.length / 2);
    return [request.slice(0, middle), request.slice(middle)];
  }
  const [chunk] = request;
  if (!chunk || chunk.rows.length < 2) return [];
  const first = Math.ceil(chunk.rows.length / 2);
  return [
    [{ ...chunk, rows: chunk.rows.slice(0, first) }],
    [{ ...chunk, startRow: chunk.startRow + first, rows: chunk.rows.slice(first) }],
  ];
}

function isPayloadTooLarge(error: unknown): boolean {
  const typed = toOfficeAdapterError(error);
  return typed instanceof OfficeAdapterError && typed.kind === "payload-too-large";
}

/** Writes every sheet's rows from row 0, column 0: formats first, then values, per range. */
export async function writeRows(
  context: Excel.RequestContext,
  sheets: readonly SheetRows[],
  budget = PAYLOAD_BUDGET_BYTES,
): Promise<void> {
  const pending = planWrites(sheets, budget);
  while (pending.length > 0) {
    const request = pending.shift() ?? [];
    for (const chunk of request) {
      const width = chunk.rows[0]?.length ?? 0;
      const range = chunk.sheet.getRangeByIndexes(chunk.startRow, 0, chunk.rows.length, width);
      range.numberFormat = formatsOf(chunk.rows);
      range.values = chunk.rows;
    }
    try {
      await context.sync();
    } catch (error) {
      const split = isPayloadTooLarge(error) ? halves(request) : [];
      if (split.length === 0) throw error;
      pending.unshift(...split);
    }
  }
}
