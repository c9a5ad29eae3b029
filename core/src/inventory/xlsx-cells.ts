/**
 * Reading exceljs cell values as the plain texts the row decoder expects. Exported files hold
 * only strings; hand-filled ones also hold numbers, booleans, dates, rich text and formulas.
 */
import type ExcelJS from "exceljs";

function isoDate(date: Date): string {
  // Excel dates carry no time zone; exceljs reads them as UTC midnight.
  return date.toISOString().slice(0, 10);
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined) return "";
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return cellText(result);
  }
  if ("error" in value) return value.error;
  return "";
}
