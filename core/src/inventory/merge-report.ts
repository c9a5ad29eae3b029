/**
 * What a merge reports, and how it lists field-by-field differences. Reports are sorted, so
 * merging the same inventories in any order reports the same things.
 */
import { RECORD_COLUMNS, type RecordColumn } from "./record-columns";
import { recordToRow } from "./record-to-row";
import type { Inventory, SourceRecord } from "./source-record";

/** A record as its owner named it. */
export interface RecordRef {
  owner: string;
  id: string;
}

/** Identical records (apart from ID and origin): `kept` are in the merged inventory, `dropped` are not. */
export interface DuplicateGroup {
  kept: RecordRef[];
  dropped: RecordRef[];
}

export interface FieldDifference {
  /** Column name as in CSV and .xlsx (record-columns.ts). */
  field: RecordColumn;
  values: { record: RecordRef; value: string }[];
}

/** Records that describe the same thing differently; all are kept, each marked `conflictsWith` the others. */
export interface ConflictGroup {
  records: RecordRef[];
  differences: FieldDifference[];
}

/** A record whose ID was already taken in the merged inventory. */
export interface RenamedRecord {
  owner: string;
  from: string;
  to: string;
}

export interface MergeResult {
  inventory: Inventory;
  duplicates: DuplicateGroup[];
  conflicts: ConflictGroup[];
  renamed: RenamedRecord[];
}

export function compareRefs(a: RecordRef, b: RecordRef): number {
  if (a.owner !== b.owner) return a.owner < b.owner ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Columns that say nothing about the data itself. */
const BOOKKEEPING_COLUMNS: ReadonlySet<RecordColumn> = new Set(["id", "origin", "conflictsWith"]);

/** The columns in which the records differ, with each record's value. */
export function fieldDifferences(
  versions: readonly { ref: RecordRef; record: SourceRecord }[],
): FieldDifference[] {
  const rows = versions.map(({ ref, record }) => ({ ref, row: recordToRow(record) }));
  const differences: FieldDifference[] = [];
  for (const field of RECORD_COLUMNS) {
    if (BOOKKEEPING_COLUMNS.has(field)) continue;
    if (new Set(rows.map(({ row }) => row[field])).size < 2) continue;
    differences.push({
      field,
      values: rows.map(({ ref, row }) => ({ record: ref, value: row[field] })),
    });
  }
  return differences;
}
