/** The short readable summary `gapmap assess` prints: scores, availability, gaps and top actions. */
import { GAP_TYPES, type Assessment } from "@gapmap/core";

const TOP_ACTIONS = 5;

function bar(score: number): string {
  const filled = Math.round(score / 10);
  return `${"█".repeat(filled)}${"░".repeat(10 - filled)} ${score.toFixed(0).padStart(3)}`;
}

export function assessmentText(a: Assessment): string {
  const s = a.summary;
  const lines = [
    `Gap analysis: ${a.profile.name} (${s.indicatorCount} indicators, reference year ${a.profile.referenceYear})`,
    `Overall score ${bar(s.overall)} / 100`,
    `Availability: ${Object.entries(s.availability)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}`,
    `Gaps: ${
      GAP_TYPES.filter((t) => s.gaps[t] > 0)
        .map((t) => `${s.gaps[t]} ${t}`)
        .join(", ") || "none"
    }`,
    "",
    "By section:",
    ...a.sections.map(
      (g) => `  ${g.id.padEnd(4)} ${bar(g.score)}  ${g.label} (${g.indicatorCount})`,
    ),
    "By policy area:",
    ...a.areas.map((g) => `  ${bar(g.score)}  ${g.label} (${g.indicatorCount})`),
  ];
  const actions = a.rows
    .flatMap((r) => r.actions.map((act) => ({ row: r, act })))
    .filter(({ act }) => act.priority === "high")
    .slice(0, TOP_ACTIONS);
  if (actions.length > 0) {
    lines.push(`First actions (${s.actionCount} in the plan):`);
    for (const { row, act } of actions)
      lines.push(`  - ${row.indicator}: ${act.title} (${act.responsibleAgency}, ${act.timeline})`);
  }
  for (const w of a.warnings) lines.push(`! ${w}`);
  return `${lines.join("\n")}\n`;
}
