/** Public surface of the inventory: schema, import/export, migrations, merge, template, scan. */
export * from "../entry-inventory";
export * from "../entry-inventory-xlsx";
export { buildInventoryTemplate, TEMPLATE_ROWS } from "./inventory-template";
export {
  recordsFromScan,
  packReadingsFromScan,
  packIssuesFromScan,
  MIN_SCAN_INDICATOR_SCORE,
  type ScanImportOptions,
} from "./records-from-scan";
export { scanOutputSchema, type ScanOutput } from "./scan-output-schema";
export { derivedNote, derivedBlocksInNotes, type DerivedBlockFact } from "./derived-note";
