/**
 * Excel's rules for names the adapter gives: sheets, tables and defined names are compared
 * without regard to case, and a table name must differ from every table AND defined name.
 */

/** Excel compares sheet, table and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

/** Table names allow letters, digits, underscores and dots. */
export function tableNameBase(sheetName: string): string {
  return `Gapmap_${sheetName.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
