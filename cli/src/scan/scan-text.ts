/** The readable form of a scan report: one line per table, grouped by file. */
import type { ScanReport, ScanTable } from "@gapmap/core";
import { doubtLines } from "./doubt-text";
import { packReadingLines } from "./pack-reading-text";

function years(t: ScanTable): string {
  const { first, last, frequency } = t.periods;
  if (first === null || last === null) return "no years";
  const span = first === last ? `${first}` : `${first}–${last}`;
  return frequency === "annual" || frequency === "none" ? span : `${span} ${frequency}`;
}

function tableLine(sheet: string, t: ScanTable): string {
  const of = t.detail?.derivedOf;
  // A derived block is a fact of the table it restates, not a table to record.
  if (of)
    return `  ${sheet.trim() || "(unnamed)"} ${t.range}  ${of.kind} of ${of.range} ("${of.label}")`;
  const top = t.indicators[0];
  const indicator = top
    ? `${top.guess === true ? "guess: " : ""}${top.id} (${top.score.toFixed(2)})`
    : "no indicator recognised";
  const dims =
    t.dimensions.map((d) => (d.role ? `${d.kind}:${d.role}` : d.kind)).join(", ") ||
    "no breakdowns";
  const missing = `${Math.round(t.missingShare * 100)}% missing`;
  const title = t.title ? `  "${t.title.length > 60 ? `${t.title.slice(0, 57)}…` : t.title}"` : "";
  return `  ${sheet.trim() || "(unnamed)"} ${t.range}  ${indicator}  [${dims}]  ${years(t)}  ${missing}${title}`;
}

export function scanReportText(report: ScanReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    if (!f.ok) {
      lines.push(`✗ ${f.file}: ${f.error?.message ?? "could not be read"}`);
      continue;
    }
    if (f.dataRequest !== undefined) {
      lines.push(...packReadingLines(f.file, f.dataRequest));
      continue;
    }
    const count = f.sheets.reduce((n, s) => n + s.tables.length, 0);
    lines.push(
      `${f.file}: ${count} table${count === 1 ? "" : "s"} in ${f.sheets.length} sheet${f.sheets.length === 1 ? "" : "s"}`,
    );
    if (f.dataRequestGuess !== undefined) lines.push(`  ! ${f.dataRequestGuess}`);
    for (const w of f.warnings ?? []) lines.push(`  ! ${w}`);
    for (const s of f.sheets) {
      for (const t of s.tables) {
        lines.push(tableLine(s.name, t));
        if (!t.detail?.derivedOf) lines.push(...doubtLines(t, "      "));
        for (const w of t.warnings ?? []) lines.push(`      ! ${w}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
