/** Plain-text report of an evaluation run: one row per file, totals, targets, then failures. */
import type { WorkbookScore } from "./evaluate-workbook";
import { addTallies, emptyTally, rates, type Tally, type TableOutcome } from "./score";

/** Targets from issue 3 ("Quality, measured"). */
export const TARGETS = { top3: 0.9, kindF1: 0.85, falseIndicatorRate: 0.05 } as const;
/** Failure lines shown per file unless the full list is asked for. */
export const FAILURES_PER_FILE = 10;
const FILE_COLUMN_WIDTH = 44;

const pct = (v: number | null) => (v === null ? "–" : `${(v * 100).toFixed(0)}%`);
const dec = (v: number | null) => (v === null ? "–" : v.toFixed(2));

const HEADERS = [
  "file",
  "tables",
  "paired",
  "missed",
  "extra",
  "top-1",
  "top-3",
  "kind P",
  "kind R",
  "kind F1",
  "roles",
  "years",
  "false ind.",
  "sec",
];

function row(label: string, t: Tally, seconds: number | null): string[] {
  const r = rates(t);
  return [
    label.length > FILE_COLUMN_WIDTH ? `${label.slice(0, FILE_COLUMN_WIDTH - 1)}…` : label,
    String(t.expectedTables),
    String(t.pairedTables),
    String(t.missedTables),
    String(t.extraTables),
    pct(r.top1),
    pct(r.top3),
    dec(r.kindPrecision),
    dec(r.kindRecall),
    dec(r.kindF1),
    pct(r.roleAccuracy),
    pct(r.yearAccuracy),
    pct(r.falseIndicatorRate),
    seconds === null ? "" : seconds.toFixed(1),
  ];
}

function layout(rows: string[][]): string {
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

function describeFailure(sheet: string, o: TableOutcome): string | undefined {
  const where = `${sheet}!${o.expected.range}`;
  if (o.detectedRange === null) return `${where}: not found (${o.expected.about})`;
  const problems: string[] = [];
  if (o.top3 === false)
    problems.push(
      `indicators [${o.detectedIndicators.slice(0, 3).join(", ") || "none"}], want ${o.expected.indicators.slice(0, 3).join("/")}`,
    );
  if (o.givenIndicator === true)
    problems.push(`non-migration table given [${o.detectedIndicators.join(", ")}]`);
  if (o.missingKinds.length > 0) problems.push(`missed ${o.missingKinds.join(", ")}`);
  if (o.unexpectedKinds.length > 0) problems.push(`extra ${o.unexpectedKinds.join(", ")}`);
  if (o.roles.correct < o.roles.expected)
    if (o.roles.correct < o.roles.expected)
      problems.push(
        `roles ${o.roles.correct}/${o.roles.expected} (found ${o.detectedDimensions.join(", ") || "none"})`,
      );
  if (o.yearsRight === false) {
    const got = o.detectedYears ? `${o.detectedYears.first}-${o.detectedYears.last}` : "none";
    problems.push(`years ${got}, want ${o.expected.years?.first}-${o.expected.years?.last}`);
  }
  return problems.length === 0
    ? undefined
    : `${where} (found ${o.detectedRange}): ${problems.join("; ")}`;
}

function failuresOf(score: WorkbookScore): string[] {
  const lines: string[] = [];
  if (score.readError) lines.push(`read failed: ${score.readError}`);
  if (score.missingSheets.length > 0)
    lines.push(`sheets not read: ${score.missingSheets.join(", ")}`);
  if (score.unlistedSheets.length > 0)
    lines.push(`sheets without expectations: ${score.unlistedSheets.join(", ")}`);
  for (const { name, score: s } of score.sheets) {
    for (const o of s.outcomes) {
      const line = describeFailure(name, o);
      if (line) lines.push(line);
    }
    if (s.extraRanges.length > 0)
      lines.push(
        `${name}: ${s.extraRanges.length} unexpected table(s) ${s.extraRanges.slice(0, 3).join(", ")}`,
      );
  }
  return lines;
}

function verdict(name: string, value: number | null, target: number, atMost: boolean): string {
  if (value === null) return `${name}: not measured`;
  const ok = atMost ? value <= target : value >= target;
  return `${name}: ${atMost ? dec(value) : dec(value)} (target ${atMost ? "≤" : "≥"} ${target}) ${ok ? "OK" : "BELOW TARGET"}`;
}

export function formatReport(scores: readonly WorkbookScore[], allFailures = false): string {
  const total = scores.reduce((t, s) => addTallies(t, s.tally), emptyTally());
  const real = scores
    .filter((s) => s.set === "real")
    .reduce((t, s) => addTallies(t, s.tally), emptyTally());
  const controls = scores
    .filter((s) => s.set === "non-migration")
    .reduce((t, s) => addTallies(t, s.tally), emptyTally());
  const rows = [
    HEADERS,
    ...scores.map((s) => row(s.file, s.tally, s.seconds)),
    row("TOTAL real workbooks", real, null),
    row("TOTAL non-migration controls", controls, null),
    row("TOTAL", total, null),
  ];
  const r = rates(total);
  const out = [
    "Table detection, measured against hand-written expectations (test/fixtures/expected)",
    "",
    layout(rows),
    "",
    `tables found on contents/notes/metadata sheets: ${total.tablesOnEmptySheets}`,
    verdict("top-3 indicator accuracy", r.top3, TARGETS.top3, false),
    verdict("breakdown F1", r.kindF1, TARGETS.kindF1, false),
    verdict(
      "false-indicator rate (non-migration)",
      r.falseIndicatorRate,
      TARGETS.falseIndicatorRate,
      true,
    ),
    "",
    "Failures (per file):",
  ];
  for (const s of scores) {
    const lines = failuresOf(s);
    if (lines.length === 0) continue;
    out.push(`  ${s.file}`);
    const shown = allFailures ? lines : lines.slice(0, FAILURES_PER_FILE);
    for (const line of shown) out.push(`    - ${line}`);
    if (shown.length < lines.length) out.push(`    … ${lines.length - shown.length} more (--all)`);
  }
  return out.join("\n");
}
