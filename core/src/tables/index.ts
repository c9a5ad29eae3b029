/** Public surface of table detection. */
export { detectTables, type DetectOptions } from "./detect-tables";
export { detectWorkbookTables, withWorkbookContext } from "./workbook-context";
export {
  detectedTableSchema,
  detectedDimensionSchema,
  indicatorMatchSchema,
  periodsSchema,
  type DetectedTable,
  type DetectedDimension,
  type IndicatorMatch,
} from "./schema";
export {
  matchIndicators,
  bestIndicatorForLabel,
  type LabelSource,
  type LabelMatch,
} from "./match-indicators";
export { lookupPlace, type PlaceMatch } from "./country-names";
// Warming detection up ahead of the first table, in short pieces (the extension's content script).
export { compileWordPatterns } from "./word-pattern";
export { fillStemKeySets } from "./stem-key-set";
export { demonymCountry } from "./country-demonyms";
export { vocabKindsOf } from "./dimension-vocab";
export { parsePeriods, type Period } from "./period-parse";
export { summarizePeriods, type PeriodSummary, type Frequency } from "./period-summary";
