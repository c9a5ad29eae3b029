/**
 * A table of cells (header row + data rows, from CSV or .xlsx) → a validated inventory.
 * All-or-nothing: every row is checked, and any problem anywhere rejects the whole table.
 */
import { InventoryImportError, type ImportProblem } from "./inventory-import-error";
import {
  isRecordColumn,
  RECORD_COLUMNS,
  type RecordColumn,
  type RecordRow,
} from "./record-columns";
import { rowToRecord } from "./row-to-record";
import { INVENTORY_SCHEMA_VERSION, type Inventory, type SourceRecord } from "./source-record";

export interface CellTable {
  header: string[];
  /** Each data row with its spreadsheet row number (the header is row 1 in CSV). */
  rows: { rowNumber: number; cells: string[] }[];
}

export interface TableImportOptions {
  owner?: string;
  /** Origin for rows that leave the origin cell empty. */
  defaultOrigin?: SourceRecord["origin"];
}

/** Columns without which no row can be valid. */
const REQUIRED_COLUMNS: readonly RecordColumn[] = ["indicators", "geography", "access"];

function headerProblems(header: readonly string[], headerRow: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") continue;
    if (!isRecordColumn(name)) {
      problems.push({
        row: headerRow,
        field: name,
        message: `unknown column (expected: ${RECORD_COLUMNS.join(", ")})`,
      });
    } else if (seen.has(name)) {
      problems.push({ row: headerRow, field: name, message: "column appears twice" });
    }
    seen.add(name);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column))
      problems.push({ row: headerRow, field: column, message: "required column is missing" });
  }
  return problems;
}

function toRecordRow(header: readonly string[], cells: readonly string[]): RecordRow {
  const row = Object.fromEntries(RECORD_COLUMNS.map((column) => [column, ""])) as RecordRow;
  header.forEach((name, index) => {
    if (isRecordColumn(name)) row[name] = cells[index] ?? "";
  });
  return row;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

export function rowsToInventory(
  table: CellTable,
  headerRow: number,
  options: TableImportOptions,
): Inventory {
  const header = table.header.map((name) => name.trim());
  const problems = headerProblems(header, headerRow);
  if (problems.length > 0) throw new InventoryImportError(problems);

  const records: SourceRecord[] = [];
  const rowOfId = new Map<string, number>();
  for (const { rowNumber, cells } of table.rows) {
    if (isBlank(cells)) continue;
    const result = rowToRecord(toRecordRow(header, cells), {
      id: `row-${rowNumber}`,
      ...(options.defaultOrigin === undefined ? {} : { origin: options.defaultOrigin }),
    });
    if (!result.ok) {
      problems.push(...result.problems.map((problem) => ({ row: rowNumber, ...problem })));
      continue;
    }
    const firstRow = rowOfId.get(result.record.id);
    if (firstRow !== undefined) {
      problems.push({
        row: rowNumber,
        field: "id",
        message: `duplicate record ID "${result.record.id}" (first on row ${firstRow})`,
      });
      continue;
    }
    rowOfId.set(result.record.id, rowNumber);
    records.push(result.record);
  }
  if (problems.length > 0) throw new InventoryImportError(problems);
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    ...(options.owner === undefined || options.owner === "" ? {} : { owner: options.owner }),
    records,
  };
}
