/**
 * The Office adapter's public surface for the task pane. Everything here takes the Excel API as a
 * parameter (default: the real `Excel` global); nothing else in the add-in touches Office.js.
 */
export type { ExcelRunner } from "./excel-types";
export { readWorkbookGrids, type ReadProgress, type ReadWorkbookOptions } from "./read-workbook";
export { readDocumentProperties } from "./read-document-properties";
export { readWorkbookName } from "./read-workbook-name";
export { writeOurSheets, type WriteResult, type WriteSheetsOptions } from "./write-sheets";
export {
  sheetModelSchema,
  type SheetModel,
  type ConditionalFormatSpec,
  type ValidationSpec,
} from "./sheet-model";
export { tagConfirmedTable, tagName, type TableTag } from "./tag-table";
export { locateTaggedTables, splitRangeAddress, type TagLocation } from "./locate-tags";
export { saveSessionWithTags, type SessionSaved, type TagChanges } from "./save-session";
export {
  loadWorkbookState,
  saveWorkbookState,
  type LoadedState,
  type SavedState,
} from "./workbook-state";
export {
  confirmationSchema,
  parseWorkbookState,
  stateFromJson,
  stateToJson,
  STATE_SCHEMA_VERSION,
  workbookStateSchema,
  WorkbookStateError,
  type Confirmation,
  type StateProblem,
  type WorkbookState,
} from "./state-schema";
export {
  OfficeAdapterError,
  toOfficeAdapterError,
  withTypedErrors,
  type OfficeErrorKind,
} from "./office-errors";
export {
  assertExcelApiSupported,
  requiredExcelApiVersion,
  USED_EXCEL_APIS,
  type IsSetSupported,
} from "./requirement-sets";
export { modelRowAddress } from "./row-address";
