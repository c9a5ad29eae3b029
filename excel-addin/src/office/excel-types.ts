/// <reference types="office-js" />
/**
 * The slice of the Office.js `Excel` global the adapter needs. Every adapter function takes it as
 * a parameter (default: the real global) so tests can pass office-addin-mock objects instead.
 */

export interface ExcelRunner {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Opens a new workbook, from a base64 .xlsx when given (ExcelApi 1.8). */
  createWorkbook?: (base64?: string) => Promise<void>;
}

/** The real Office.js global, looked up only when a caller did not pass a runner. */
export function defaultExcel(): ExcelRunner {
  return Excel;
}
