/**
 * Periods of a table read from outside its column headers: a time column's labels, and the
 * section labels and titles above the table.
 */
import { parseOptionsOf } from "./column-periods";
import { parsePeriods, type Period } from "./period-parse";

/** Share of a label column's distinct values that must read as periods for it to give years. */
export const MIN_PERIOD_LABEL_SHARE = 0.5;

/**
 * The periods a label column gives when it is a time column; none from a column of names that
 * merely mention a year ("Germany (until 1990 former territory of the FRG)").
 */
export function periodsOfTimeColumn(values: readonly string[]): Period[] {
  const distinct = [...new Set(values)];
  const options = parseOptionsOf(distinct);
  const parsed = distinct.map((v) => parsePeriods(v, options).periods);
  const periodic = parsed.filter((p) => p.length > 0).length;
  if (periodic < distinct.length * MIN_PERIOD_LABEL_SHARE) return [];
  const byValue = new Map(distinct.map((v, i) => [v, parsed[i] ?? []]));
  return values.flatMap((v) => byValue.get(v) ?? []);
}

/** A line this short above a table is a section label ("End-2014", "Change (%)"), not a note. */
export const MAX_SECTION_LABEL_CHARS = 30;

/** The short lines above a table other than its title: section labels. */
function sectionLabels(lines: readonly string[], title: string | null): string[] {
  return lines.filter((l) => l.length <= MAX_SECTION_LABEL_CHARS && l !== title);
}

/**
 * Periods of a table whose headers and rows name none: a section label's ("End-2015") first,
 * for stacked tables share a sheet title; then its own title's; then the sheet title's.
 */
export function periodsAboveTable(
  lines: readonly string[],
  title: string | null,
  sheetTitle: string | null,
): Period[] {
  const sections = sectionLabels(lines, title).flatMap((l) => parsePeriods(l).periods);
  if (sections.length > 0) return sections;
  for (const t of [title, sheetTitle]) {
    const found = t === null ? [] : parsePeriods(t).periods;
    if (found.length > 0) return found;
  }
  return [];
}
