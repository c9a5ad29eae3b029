/** The readable form of a returned data-request pack in `gapmap scan` output. */
import type { PackReading } from "@gapmap/core";

function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "no years";
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = first === last ? String(first) : `${String(first)}–${String(last)}`;
  return years.length === last - first + 1 ? span : years.join(", ");
}

export function packReadingLines(file: string, reading: PackReading): string[] {
  const returned =
    reading.returnedOn === undefined
      ? "return date unknown"
      : `returned ${reading.returnedOn}${reading.returnedOnSource === "file" ? " (file saved)" : ""}`;
  const lines = [
    `${file}: data-request pack ${reading.requestId} from ${reading.agency}, ${returned}, read by its key`,
  ];
  for (const warning of reading.warnings) lines.push(`  ! ${warning}`);
  for (const t of reading.tables) {
    const total = t.filledCells + t.emptyCells;
    const fill =
      t.filledCells === 0 ? "empty" : `${String(t.filledCells)} of ${String(total)} cells filled`;
    const breakdowns = t.breakdowns.length > 0 ? t.breakdowns.join(", ") : "no breakdowns";
    lines.push(
      `  ${t.sheet} ${t.range}  ${t.indicator}  [${breakdowns}]  ${yearSpan(t.years)}  ${fill}`,
    );
    for (const change of t.changes) lines.push(`      ! layout changed: ${change}`);
    for (const note of t.notes) lines.push(`      note: ${note}`);
  }
  return lines;
}
