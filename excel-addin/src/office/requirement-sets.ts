/**
 * Which Office.js APIs the adapter uses and the ExcelApi requirement set each needs. The manifest
 * test checks that manifest.xml declares a set covering all of them, and the task pane checks the
 * host supports it before the first call.
 */

import { OfficeAdapterError } from "./office-errors";

export interface UsedApi {
  api: string;
  /** ExcelApi minor version, e.g. "1.13". */
  version: string;
}

export const EXCEL_API_SET = "ExcelApi";

/** Kept in step with the adapter's code: add a row whenever a new Office.js API is called. */
export const USED_EXCEL_APIS: readonly UsedApi[] = [
  { api: "Range.values / valueTypes / numberFormat", version: "1.1" },
  { api: "Worksheet.tables.add", version: "1.1" },
  { api: "Workbook.tables", version: "1.1" },
  { api: "Worksheet.visibility / delete / name", version: "1.1" },
  { api: "Range.columnHidden", version: "1.2" },
  { api: "Workbook.names.add", version: "1.4" },
  { api: "NamedItem.getRangeOrNullObject", version: "1.4" },
  { api: "Worksheet.getUsedRangeOrNullObject", version: "1.4" },
  { api: "Workbook.names.load", version: "1.4" },
  { api: "Workbook.customXmlParts (getByNamespace, getXml, setXml, delete)", version: "1.5" },
  { api: "Range.conditionalFormats", version: "1.6" },
  { api: "Application.suspendApiCalculationUntilNextSync", version: "1.6" },
  { api: "Worksheet.getRangeByIndexes", version: "1.7" },
  { api: "Workbook.protection", version: "1.7" },
  { api: "Workbook.properties (title, author, company)", version: "1.7" },
  { api: "Workbook.name", version: "1.7" },
  { api: "Range.dataValidation", version: "1.8" },
  { api: "Worksheet.customProperties", version: "1.12" },
  { api: "Range.getMergedAreasOrNullObject", version: "1.13" },
];

/** Compares "1.13" and "1.9" numerically (string compare would put 1.13 first). */
export function compareApiVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

/** The lowest ExcelApi version that covers every API in the list. */
export function requiredExcelApiVersion(apis: readonly UsedApi[] = USED_EXCEL_APIS): string {
  return apis.reduce(
    (highest, { version }) => (compareApiVersions(version, highest) > 0 ? version : highest),
    "1.1",
  );
}

/** `Office.context.requirements.isSetSupported`, as a parameter so tests need no Office global. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Throws a typed error when the host lacks the ExcelApi version the adapter needs. */
export function assertExcelApiSupported(
  isSetSupported: IsSetSupported,
  apis: readonly UsedApi[] = USED_EXCEL_APIS,
): void {
  const version = requiredExcelApiVersion(apis);
  if (!isSetSupported(EXCEL_API_SET, version)) {
    throw new OfficeAdapterError(
      "unsupported-requirement-set",
      `${EXCEL_API_SET} ${version} is not supported by this host`,
    );
  }
}
