/** `gapmap diff old.json new.json`: progress between two assessments (two editions of a profile). */
import { diffAssessments, type AssessmentDiff } from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { usageError } from "../cli-error";
import { readAssessmentFile } from "../assess/read-assessment-file";

const USAGE = `Usage: gapmap diff <old.json> <new.json> [--json]
  Compares two assessments written by "gapmap assess --format json": gaps closed, opened and
  changed, and score deltas per indicator, section and policy area.`;

function signed(n: number | undefined): string {
  if (n === undefined) return "n/a";
  return `${n > 0 ? "+" : ""}${n.toFixed(1)}`;
}

function diffText(d: AssessmentDiff): string {
  const lines = [
    `Gaps closed: ${d.closed.length}, opened: ${d.opened.length}, changed: ${d.changed.length}`,
  ];
  for (const g of d.closed) lines.push(`  ✓ closed  ${g.indicator} ${g.type}`);
  for (const g of d.opened) lines.push(`  ✗ opened  ${g.indicator} ${g.type}: ${g.detail}`);
  for (const g of d.changed)
    lines.push(`  ~ changed ${g.indicator} ${g.type}: ${g.from} → ${g.to}`);
  if (d.statusChanges.length > 0) lines.push("Status changes:");
  for (const c of d.statusChanges)
    lines.push(
      c.kind === "request"
        ? `  request ${c.indicator}: ${c.from} → ${c.to}`
        : `  step ${c.step}: ${c.from} → ${c.to}`,
    );
  const moved = d.scoreDeltas.filter((s) => s.delta !== 0);
  if (moved.length > 0) lines.push("Score changes:");
  for (const s of moved)
    lines.push(
      `  ${s.id.padEnd(40)} ${s.old?.toFixed(1) ?? "–"} → ${s.new?.toFixed(1) ?? "–"} (${signed(s.delta)})`,
    );
  return `${lines.join("\n")}\n`;
}

export const diffCommand: Command = {
  name: "diff",
  summary: "track progress between two assessments",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false } },
    });
    const [oldPath, newPath, ...extra] = parsed.positionals;
    if (oldPath === undefined || newPath === undefined || extra.length > 0) {
      throw usageError("diff takes exactly two assessment files: old.json new.json.");
    }
    const d = diffAssessments(await readAssessmentFile(oldPath), await readAssessmentFile(newPath));
    io.out(parsed.values.json ? `${JSON.stringify(d, null, 2)}\n` : diffText(d));
    return 0;
  },
};
