/**
 * A table beside another with no row labels of its own ("из всех стран | % из России" to the
 * right of "фин. год | армяне | …"): its rows are the neighbour's rows, so the years down the
 * neighbour's label column date it and make its time breakdown.
 */
import { dimensionOfRowLabels } from "./detect-dimensions";
import type { Period } from "./period-parse";
import type { DetectedDimension } from "./schema";
import type { SheetView } from "./sheet-view";
import { periodsOfTimeColumn } from "./table-periods";

export interface BorrowedYears {
  dimension: DetectedDimension;
  periods: Period[];
}

/**
 * The time breakdown and periods that column `lender` gives the rows `bodyRows`; undefined
 * when its labels there are not periods (a neighbour's country names say nothing of this table).
 */
export function yearsBorrowedFrom(
  sheet: SheetView,
  lender: number,
  bodyRows: readonly number[],
  title: string,
): BorrowedYears | undefined {
  const values = bodyRows.map((r) => sheet.text(r, lender)).filter((t) => t !== "");
  const dimension = dimensionOfRowLabels({ header: "", values }, title);
  if (dimension?.kind !== "time") return undefined;
  const periods = periodsOfTimeColumn(values);
  return periods.length === 0 ? undefined : { dimension, periods };
}
