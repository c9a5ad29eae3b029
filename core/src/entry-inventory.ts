/**
 * `@gapmap/core/inventory`: source records, JSON and CSV import/export, migration and merge.
 * The xlsx form lives in `@gapmap/core/inventory-xlsx` because exceljs is large.
 */
export * from "./inventory/source-record";
export { InventoryImportError, type ImportProblem } from "./inventory/inventory-import-error";
export { migrateInventory } from "./inventory/migrate-inventory";
export { toJson, fromJson } from "./inventory/inventory-json";
export { toCsv, fromCsv } from "./inventory/inventory-csv";
export { neutraliseCsvCell, restoreCsvCell } from "./inventory/csv-cell-safety";
export type { TableImportOptions } from "./inventory/rows-to-inventory";
export { RECORD_COLUMNS, type RecordColumn } from "./inventory/record-columns";
export { formatYearRanges, parseYearRanges } from "./inventory/year-ranges";
export { mergeInventories, type MergeInput } from "./inventory/merge-inventories";
export type {
  MergeResult,
  DuplicateGroup,
  ConflictGroup,
  FieldDifference,
  RecordRef,
  RenamedRecord,
} from "./inventory/merge-report";
