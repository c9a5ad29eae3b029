/**
 * Years written compactly for people: "2010-2015; 2018". Runs of consecutive years become
 * ranges; everything else is listed. Parsing also accepts commas and en dashes, as typed by hand.
 */
import { MAX_YEAR, MIN_YEAR } from "./source-record";

/** Sorted, unique years → "2010-2015; 2018". */
export function formatYearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const flush = () => {
    if (start === undefined || previous === undefined) return;
    parts.push(start === previous ? String(start) : `${start}-${previous}`);
  };
  for (const year of sorted) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    flush();
    start = year;
    previous = year;
  }
  flush();
  return parts.join("; ");
}

export type YearRangesResult = { ok: true; years: number[] } | { ok: false; message: string };

const YEAR_PART = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;

/** "2010-2015; 2018" → [2010, …, 2015, 2018]; an empty string means no years. */
export function parseYearRanges(text: string): YearRangesResult {
  const years = new Set<number>();
  const parts = text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  for (const part of parts) {
    const match = YEAR_PART.exec(part);
    if (!match) return { ok: false, message: `"${part}" is not a year or a range like 2010-2015` };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) return { ok: false, message: `range "${part}" runs backwards` };
    if (from < MIN_YEAR || to > MAX_YEAR) {
      return { ok: false, message: `"${part}" is outside ${MIN_YEAR}-${MAX_YEAR}` };
    }
    for (let year = from; year <= to; year++) years.add(year);
  }
  return { ok: true, years: [...years].sort((a, b) => a - b) };
}
