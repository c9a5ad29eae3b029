/** Public surface of the inventory: schema, import/export, migrations, merge, template, scan. */
export * from "./source-record";
export { InventoryImportError, type ImportProblem } from "./inventory-import-error";
export { migrateInventory } from "./migrate-inventory";
export { toJson, fromJson } from "./inventory-json";
export { toCsv, fromCsv } from "./inventory-csv";
export { toXlsx, fromXlsx, TEMPLATE_MARKER } from "./inventory-xlsx";
export type { TableImportOptions } from "./rows-to-inventory";
export { RECORD_COLUMNS, type RecordColumn } from "./record-columns";
export { formatYearRanges, parseYearRanges } from "./year-ranges";
export { mergeInventories, type MergeInput } from "./merge-inventories";
export type {
  MergeResult,
  DuplicateGroup,
  ConflictGroup,
  FieldDifference,
  RecordRef,
  RenamedRecord,
} from "./merge-report";
export { buildInventoryTemplate, TEMPLATE_ROWS } from "./inventory-template";
export {
  recordsFromScan,
  MIN_SCAN_INDICATOR_SCORE,
  type ScanImportOptions,
} from "./records-from-scan";
export { scanOutputSchema, type ScanOutput } from "./scan-output-schema";
