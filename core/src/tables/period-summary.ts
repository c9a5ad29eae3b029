/**
 * Sums up the periods a table covers: the years, the finest frequency, first and last period,
 * and the holes between them at that frequency.
 */
import type { Period } from "./period-parse";

export type Frequency = "annual" | "quarterly" | "monthly" | "multi-year" | "none";

export interface PeriodSummary {
  years: number[];
  first: string | null;
  last: string | null;
  frequency: Frequency;
  quarters: string[];
  months: string[];
  /** Periods missing between first and last at the table's frequency. */
  holes: string[];
}

/** Longer hole lists say nothing more useful than their length. */
export const MAX_HOLES_LISTED = 60;

const pad2 = (n: number) => String(n).padStart(2, "0");
export const monthKey = (year: number, month: number) => `${year}-${pad2(month)}`;
export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;

function uniqueSorted(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The most common gap between consecutive years; ties go to the smaller gap. */
function modalStep(years: readonly number[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < years.length; i++) {
    const gap = (years[i] ?? 0) - (years[i - 1] ?? 0);
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 1;
  let bestCount = 0;
  for (const [gap, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      best = gap;
      bestCount = n;
    }
  }
  return best;
}

function limited(holes: string[]): string[] {
  return holes.slice(0, MAX_HOLES_LISTED);
}

export function summarizePeriods(periods: readonly Period[]): PeriodSummary {
  const years = uniqueSorted(periods.map((p) => p.year));
  const monthly = uniqueSorted(
    periods.filter((p) => p.month !== undefined).map((p) => p.year * 12 + (p.month ?? 1) - 1),
  );
  const quarterly = uniqueSorted(
    periods.filter((p) => p.quarter !== undefined).map((p) => p.year * 4 + (p.quarter ?? 1) - 1),
  );
  const months = monthly.map((m) => monthKey(Math.floor(m / 12), (m % 12) + 1));
  const quarters = quarterly.map((q) => quarterKey(Math.floor(q / 4), (q % 4) + 1));
  const base = { years, quarters, months };

  if (monthly.length > 0) {
    const have = new Set(monthly);
    const holes: string[] = [];
    for (let m = monthly[0] ?? 0; m <= (monthly.at(-1) ?? 0); m++) {
      if (!have.has(m)) holes.push(monthKey(Math.floor(m / 12), (m % 12) + 1));
    }
    return {
      ...base,
      first: months[0] ?? null,
      last: months.at(-1) ?? null,
      frequency: "monthly",
      holes: limited(holes),
    };
  }
  if (quarterly.length > 0) {
    const have = new Set(quarterly);
    const holes: string[] = [];
    for (let q = quarterly[0] ?? 0; q <= (quarterly.at(-1) ?? 0); q++) {
      if (!have.has(q)) holes.push(quarterKey(Math.floor(q / 4), (q % 4) + 1));
    }
    return {
      ...base,
      first: quarters[0] ?? null,
      last: quarters.at(-1) ?? null,
      frequency: "quarterly",
      holes: limited(holes),
    };
  }
  if (years.length === 0) return { ...base, first: null, last: null, frequency: "none", holes: [] };
  const step = modalStep(years);
  const have = new Set(years);
  const holes: string[] = [];
  for (let y = years[0] ?? 0; y <= (years.at(-1) ?? 0); y += step)
    if (!have.has(y)) holes.push(String(y));
  return {
    ...base,
    first: String(years[0]),
    last: String(years.at(-1)),
    frequency: step > 1 ? "multi-year" : "annual",
    holes: limited(holes),
  };
}
