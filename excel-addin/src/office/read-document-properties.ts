/**
 * The open workbook's document properties (File › Info: title, author, company), read through
 * `Workbook.properties` (ExcelApi 1.7) in one sync. They are only first guesses for the review
 * (the producer), so a host that cannot read them yields none instead of failing the scan.
 */
import type { WorkbookProperties } from "@gapmap/core/readers";
import { defaultExcel, type ExcelRunner } from "./excel-types";

const PROPERTY_NAMES = ["title", "author", "company"] as const;

export async function readDocumentProperties(
  excel: ExcelRunner = defaultExcel(),
): Promise<WorkbookProperties> {
  try {
    return await excel.run(async (context) => {
      const properties = context.workbook.properties;
      properties.load(PROPERTY_NAMES.join(","));
      await context.sync();
      const out: WorkbookProperties = {};
      for (const key of PROPERTY_NAMES) {
        // Excel gives "" for a property the file does not set.
        const value: unknown = properties[key];
        if (typeof value === "string" && value.trim() !== "") out[key] = value.trim();
      }
      return out;
    });
  } catch {
    // A guess we could not make is no error: the producer field stays for the user to fill.
    return {};
  }
}
