/**
 * Progress between two editions of an assessment: gaps closed, gaps opened, gaps whose status
 * changed (e.g. not met → partly met), and score deltas per indicator, section, theme and area.
 */
import type { ElementStatus, GapType } from "../gaps/gap-schema";
import { diffTracking, type TrackingChange } from "../tracking/diff-tracking";
import { gapsOf, type Assessment, type AssessmentRow } from "./assessment-schema";

export interface GapRef {
  indicator: string;
  type: GapType;
  status: Exclude<ElementStatus, "met">;
  detail: string;
}

export interface GapChange {
  indicator: string;
  type: GapType;
  from: ElementStatus;
  to: ElementStatus;
  detail: string;
}

export interface ScoreDelta {
  kind: "overall" | "indicator" | "section" | "theme" | "area";
  id: string;
  old: number | undefined;
  new: number | undefined;
  delta: number | undefined;
}

export interface AssessmentDiff {
  closed: GapRef[];
  opened: GapRef[];
  changed: GapChange[];
  scoreDeltas: ScoreDelta[];
  /** Request-status and process-step changes between the editions' profiles. */
  statusChanges: TrackingChange[];
}

function gapMap(rows: readonly AssessmentRow[]): Map<string, GapRef> {
  const map = new Map<string, GapRef>();
  for (const row of rows) {
    for (const gap of gapsOf(row)) {
      if (gap.status === "met") continue;
      map.set(`${row.indicator}|${gap.type}`, {
        indicator: row.indicator,
        type: gap.type,
        status: gap.status,
        detail: gap.detail,
      });
    }
  }
  return map;
}

/** Score changes smaller than this are rounding noise. */
const SCORE_EPSILON = 1e-9;

function deltas(
  kind: ScoreDelta["kind"],
  older: readonly { id: string; score: number }[],
  newer: readonly { id: string; score: number }[],
): ScoreDelta[] {
  const before = new Map(older.map((item) => [item.id, item.score]));
  const after = new Map(newer.map((item) => [item.id, item.score]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.flatMap((id) => {
    const oldScore = before.get(id);
    const newScore = after.get(id);
    const delta =
      oldScore === undefined || newScore === undefined
        ? undefined
        : Math.round((newScore - oldScore) * 10) / 10;
    if (delta !== undefined && Math.abs(delta) < SCORE_EPSILON) return [];
    return [{ kind, id, old: oldScore, new: newScore, delta }];
  });
}

export function diffAssessments(older: Assessment, newer: Assessment): AssessmentDiff {
  const before = gapMap(older.rows);
  const after = gapMap(newer.rows);
  const assessedNow = new Set(newer.rows.map((row) => row.indicator));
  // A gap of an indicator dropped from the profile is not "closed": it left the scope.
  const closed = [...before.entries()]
    .filter(([key, gap]) => !after.has(key) && assessedNow.has(gap.indicator))
    .map(([, gap]) => gap);
  const opened = [...after.entries()].filter(([key]) => !before.has(key)).map(([, gap]) => gap);
  const changed: GapChange[] = [];
  for (const [key, gap] of after) {
    const previous = before.get(key);
    if (previous !== undefined && previous.status !== gap.status) {
      changed.push({
        indicator: gap.indicator,
        type: gap.type,
        from: previous.status,
        to: gap.status,
        detail: gap.detail,
      });
    }
  }
  const indicatorScores = (a: Assessment) =>
    a.rows.map((row) => ({ id: row.indicator, score: row.score }));
  return {
    closed,
    opened,
    changed,
    scoreDeltas: [
      ...deltas(
        "overall",
        [{ id: "overall", score: older.summary.overall }],
        [{ id: "overall", score: newer.summary.overall }],
      ),
      ...deltas("indicator", indicatorScores(older), indicatorScores(newer)),
      ...deltas("section", older.sections, newer.sections),
      ...deltas("theme", older.themes, newer.themes),
      ...deltas("area", older.areas, newer.areas),
    ],
    statusChanges: diffTracking(older.profile.tracking, newer.profile.tracking),
  };
}
