/**
 * The period a workbook's notes sheet gives its tables when nothing closer dates them: "…первой
 * всеобщей переписи населения, произведенной 28 января 1897 года", С.-Пб. 1905" dates a census
 * table to 1897, not to its printing. A dated day or month (a census or reference date) wins;
 * otherwise only a year the notes name alone, since several years there are sources and editions.
 */
import { parsePeriods, type Period } from "./period-parse";

export function periodsOfNotes(lines: readonly string[]): Period[] {
  const periods = lines.flatMap((l) => parsePeriods(l).periods);
  const dated = periods.filter((p) => p.month !== undefined);
  const years = new Set((dated.length > 0 ? dated : periods).map((p) => p.year));
  if (years.size !== 1) return [];
  const year = [...years][0] ?? 0;
  return [{ year }];
}
