/**
 * The layout of one data-entry table: a total row, then one block of rows per required
 * breakdown (marginal totals, never a cross-product, so the table stays a size a ministry can
 * fill), years across, a notes column last. Categories the pack knows (sex, urban/rural,
 * migratory status) are printed; the agency writes its own for the others (age groups...).
 */
import type { DimensionKind } from "../catalogue/vocabulary";
import { columnLetters } from "../grid/address";
import type { PackLabels } from "./pack-labels";
import type { RequestItem, RequestRow, RequestTable } from "./request-pack-schema";

export const HEADER_ROW = 5;
const BREAKDOWN_COLUMN = 1;
const CATEGORY_COLUMN = 2;
const FIRST_YEAR_COLUMN = 3;
/** Blank category rows offered for breakdowns whose categories the agency names itself. */
const FREE_ROWS: Partial<Record<DimensionKind, number>> = { age: 8, country: 10, region: 10 };
const DEFAULT_FREE_ROWS = 5;

export function layoutTable(
  item: RequestItem,
  labels: PackLabels,
  breakdownLabels: Readonly<Record<string, string>>,
  sheet: string,
  definedName: string,
): RequestTable {
  const rows: RequestRow[] = [{ breakdown: "total", category: labels.total }];
  for (const kind of item.breakdowns) {
    const known = labels.categories[kind];
    if (known !== undefined) for (const category of known) rows.push({ breakdown: kind, category });
    else
      for (let i = 0; i < (FREE_ROWS[kind] ?? DEFAULT_FREE_ROWS); i++)
        rows.push({ breakdown: kind });
  }
  const yearColumns = item.years.map((year, i) => ({ column: FIRST_YEAR_COLUMN + i, year }));
  const notesColumn = FIRST_YEAR_COLUMN + item.years.length;
  return {
    indicator: item.indicator,
    sheet,
    definedName,
    headerRow: HEADER_ROW,
    header: [labels.breakdown, labels.category, ...item.years.map(String), labels.notes],
    breakdownColumn: BREAKDOWN_COLUMN,
    categoryColumn: CATEGORY_COLUMN,
    yearColumns,
    notesColumn,
    breakdownLabels: { total: labels.total, ...breakdownLabels },
    rows,
  };
}

/** The A1 range of a table (header row to last row), quoted for a defined name. */
export function tableRange(table: RequestTable, headerRow = table.headerRow): string {
  const last = headerRow + table.rows.length;
  const column = columnLetters(table.notesColumn - 1);
  return `'${table.sheet.replace(/'/g, "''")}'!$A$${String(headerRow)}:$${column}$${String(last)}`;
}
