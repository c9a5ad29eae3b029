/** `@gapmap/core/tables`: table detection on grids and its scan-report form. */
export * from "./tables/index";
export type { Grid, CellValue, CellRange } from "./grid/grid";
export { toScanTable, scanTableSchema, type ScanTable } from "./scan/scan-report";
