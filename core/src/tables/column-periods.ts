/**
 * Periods named by column headers. A month often sits under a year band ("2013" → "January" →
 * "Inflow"), so a column's month pairs with the year named higher up in the same column.
 */
import { parsePeriods, type Period } from "./period-parse";

/** The periods one column's header parts name together. */
export function periodsOfHeaderParts(parts: readonly (string | number)[]): Period[] {
  const periods: Period[] = [];
  let monthOnly: number | undefined;
  for (const part of parts) {
    const parsed = parsePeriods(part);
    periods.push(...parsed.periods);
    if (parsed.monthOnly !== undefined) monthOnly = parsed.monthOnly;
  }
  if (monthOnly === undefined) return periods;
  const years = periods.filter((p) => p.month === undefined && p.quarter === undefined);
  const year = years.at(-1)?.year;
  return year === undefined
    ? periods
    : [...periods.filter((p) => !years.includes(p)), { year, month: monthOnly }];
}

/** A stable key for counting distinct periods. */
export function periodKey(p: Period): string {
  return `${p.year}-${p.quarter === undefined ? "" : `Q${p.quarter}`}-${p.month ?? ""}`;
}
