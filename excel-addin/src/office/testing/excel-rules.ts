/**
 * What real Excel refuses or changes, as the fake enforces it. Each rule cites where it is
 * documented; where the documentation gives the behaviour but not the error code, the code is the
 * closest documented one and says so.
 */
import type { RawValue } from "../block-to-cells";
import { sameName } from "../excel-names";

export { sameName };

/** Excel on the web fails any request or response over 5 MB: RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded [learn.microsoft.com, "Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins section]. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** `Range.getMergedAreasOrNullObject`: "if the merged areas count in this range is more than 512,
 * then this method will fail to return the result" [@types/office-js, Range remarks]. The code is
 * not documented; GeneralException is what a failed method reports otherwise. */
export const MAX_MERGED_AREAS = 512;

/** A defined name's comment holds at most 255 characters [MS-OI29500 §2.1.568]; longer fails
 * the request. Code not documented: InvalidArgument, as for other out-of-range arguments. */
export const MAX_NAME_COMMENT = 255;

/** A list data validation's source holds at most 255 characters (Excel's own limit on the
 * Source box, [support.microsoft.com, "Apply data validation to cells"]); code InvalidArgument. */
export const MAX_LIST_SOURCE = 255;

/** WorksheetCustomPropertyCollection.add: "The key is limited to 255 characters (larger values
 * will cause an InvalidArgument error to be thrown.)" [@types/office-js, ExcelApi 1.12]. */
export const MAX_CUSTOM_PROPERTY_KEY = 255;

/** An error as Office.js reports it: an Error with a string `code`. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Sheet names Excel refuses [support.microsoft.com, "Rename a worksheet"]: blank, over 31
 * characters, any of : \ / ? * [ ], a leading or trailing apostrophe, the reserved "History",
 * or a name another sheet already has, ignoring case.
 */
export function sheetNameProblem(name: string, others: readonly string[]): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > 31) return "a sheet name has at most 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "no leading or trailing apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  if (others.some((other) => sameName(other, name))) return `"${name}" is already taken`;
  return undefined;
}

/** ISO (YYYY-MM-DD, optionally with a time) is the locale-neutral date shape Excel converts. */
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Days from Excel's epoch (1899-12-30) to a UTC date. */
function excelSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** What a cell holds after a string is written to Range.values. */
export interface CoercedCell {
  value: RawValue;
  valueType: string;
  /** The number format Excel gives the cell when it converts a date. */
  format?: string;
  formula?: string;
}

/**
 * Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula", and ISO dates are stored as dates
 * [@types/office-js, Range.values]. Text format ("@") keeps the string as it is. A formula of
 * plain words evaluates to #NAME? (the fake does not evaluate anything else: it reports #NAME?
 * for every text formula, which is what a title like "= review later" gives).
 */
export function coerceWrittenString(text: string, format: string): CoercedCell {
  if (format === "@") return { value: text, valueType: "String" };
  if (/^[=+-]/.test(text)) {
    const numeric = Number(text);
    if (text.length > 1 && Number.isFinite(numeric) && !text.startsWith("="))
      return { value: numeric, valueType: "Double" };
    return { value: "#NAME?", valueType: "Error", formula: text };
  }
  const iso = ISO_DATE_RE.exec(text);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return { value: excelSerial(y, m, d), valueType: "Double", format: "yyyy-mm-dd" };
  }
  return { value: text, valueType: "String" };
}
