/// <reference types="office-js" />
/**
 * The slice of the Office.js `Excel` global the adapter needs. Every adapter function takes it as
 * a parameter (default: the real global) so tests can pass office-addin-mock objects instead.
 */

export interface ExcelRunner {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
}

/** The real Office.js global, looked up only when a caller did not pass a runner. */
export function defaultExcel(): ExcelRunner {
  return Excel;
}
