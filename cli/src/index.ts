/** Public surface of @gapmap/cli for tests and scripts. */
export { main } from "./main";
export { memoryIo, type Io } from "./io";
export * from "./readers/index";
export { scanFiles } from "./scan/scan-files";
export { scanReportText } from "./scan/scan-text";
export { rasterisePng } from "./report/rasterise-png";
