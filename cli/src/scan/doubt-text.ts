/**
 * The lines `gapmap scan` prints under a table whose best indicator came close to a second one
 * (core/src/tables/stock-or-flow.ts): both indicators with their scores, why they are close,
 * the period or time-point cues that weighed, and the evidence each rests on, so that a reader
 * can settle the doubt.
 */
import type { ScanTable } from "@gapmap/core";

/** Evidence lines longer than this are cut: a PX-Web title can run to hundreds of characters. */
export const MAX_EVIDENCE_CHARS = 160;

type ScanIndicator = ScanTable["indicators"][number];

const cut = (text: string) =>
  text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : text;

function why(runnerUp: NonNullable<ScanIndicator["runnerUp"]>): string {
  const reason = runnerUp.reason === "stock-or-flow" ? "a stock or a flow" : "close scores";
  const cues =
    runnerUp.cues.length > 0
      ? `cues: ${[...new Set(runnerUp.cues)].map((c) => `"${c}"`).join(", ")}`
      : "no period or time-point cue";
  return `${reason}; ${cues}`;
}

/**
 * The lines under a table whose indicators are only guesses (core/src/tables/label-retrieval.ts):
 * every guess with the words it shares, so that a reader can pick one or none.
 */
function guessLines(table: ScanTable, indent: string): string[] {
  const guesses = table.indicators.filter((m) => m.guess === true);
  return [
    `${indent}? guess: no catalogue phrase names this table; shared words suggest ${guesses.map((g) => g.id).join(", ")}`,
    ...guesses.map((g) => `${indent}    ${g.id}: ${cut(g.evidence || "no evidence recorded")}`),
  ];
}

/** The doubt lines for one table, indented under its line; none when the best is clear. */
export function doubtLines(table: ScanTable, indent: string): string[] {
  const [best] = table.indicators;
  if (best?.guess === true) return guessLines(table, indent);
  const runnerUp = best?.runnerUp;
  if (!best || !runnerUp) return [];
  const second = table.indicators.find((m) => m.id === runnerUp.id);
  const lines = [
    `${indent}? unsure: ${best.id} (${best.score.toFixed(2)}) or ${runnerUp.id} (${runnerUp.score.toFixed(2)}), ${why(runnerUp)}`,
    `${indent}    ${best.id}: ${cut(best.evidence || "no evidence recorded")}`,
  ];
  if (second && second.evidence !== "")
    lines.push(`${indent}    ${runnerUp.id}: ${cut(second.evidence)}`);
  else lines.push(`${indent}    ${runnerUp.id}: the counterpart of ${best.id}, named by the cues`);
  return lines;
}
