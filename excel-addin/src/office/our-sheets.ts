/**
 * Which sheets are ours. Each sheet Gapmap writes carries a worksheet custom property
 * (ExcelApi 1.12), set in the same request that creates the sheet. Worksheet ids are not used:
 * they can change between sessions and between Excel on the web and desktop [office-js-docs-pr
 * #297, OfficeDev/office-js #1390], which would turn our own sheets into "the user's" for good.
 */
import { sameName } from "./excel-names";

/** The custom property's key (case-insensitive in Excel). */
export const OUR_SHEET_KEY = "gapmap.sheet";
/** Value while a sheet is being built under a temporary name; such a sheet is a leftover. */
export const SHEET_BUILDING = "building";
/** Value once the sheet is complete and has its final name. */
export const SHEET_COMPLETE = "v1";

export interface SheetInfo {
  sheet: Excel.Worksheet;
  name: string;
  visibility: string;
  /** undefined: the user's sheet. */
  mark: string | undefined;
}

/** Queues the marker lookup for every loaded sheet; read `mark` after the next sync. */
export function queueMarks(sheets: readonly Excel.Worksheet[]): () => SheetInfo[] {
  const properties = sheets.map((sheet) => {
    const property = sheet.customProperties.getItemOrNullObject(OUR_SHEET_KEY);
    property.load("value");
    return { sheet, property };
  });
  return () =>
    properties.map(({ sheet, property }) => ({
      sheet,
      name: sheet.name,
      visibility: sheet.visibility,
      mark: property.isNullObject ? undefined : property.value,
    }));
}

/** Marks a sheet; `add` overwrites an earlier value of the same key. */
export function mark(sheet: Excel.Worksheet, value: string): void {
  sheet.customProperties.add(OUR_SHEET_KEY, value);
}

/** Queues the deletion of a sheet of ours; a very hidden one is made hidden first, as Excel
 * cannot delete a very hidden sheet [@types/office-js, Worksheet.delete]. */
export function deleteOurSheet(info: SheetInfo): void {
  if (info.visibility === "VeryHidden") info.sheet.visibility = "Hidden";
  info.sheet.delete();
}

/** `base`, or `base` + " 2", " 3"…, whichever no name in `taken` has (ignoring case). */
export function freeName(base: string, taken: readonly string[], separator = " "): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${separator}${n}`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}
