/**
 * Coverage elements over all records that carry an indicator, taking the best coverage any
 * record offers: breakdowns (union), publication frequency, timeliness and geography.
 */
import type { DimensionKind } from "../catalogue/vocabulary";
import type { SourceRecord } from "../inventory/source-record";
import type { IndicatorNeed, NeededFrequency } from "../needs/needs-profile";
import type { ElementCheck, ElementStatus } from "./gap-schema";
import { withMessage } from "./with-message";

/** Data this many years older than the threshold still counts as partly timely. */
export const PARTLY_TIMELY_GRACE_YEARS = 3;

/** Finest first; a record meets a need when its rank is at most the need's rank. */
const PERIODICITY_RANK: Record<SourceRecord["periodicity"], number | undefined> = {
  continuous: 0,
  monthly: 1,
  quarterly: 2,
  annual: 3,
  "multi-year": 4,
  "ad-hoc": 5,
  unknown: undefined,
};
const NEEDED_RANK: Record<NeededFrequency, number> = {
  monthly: 1,
  quarterly: 2,
  annual: 3,
  "multi-year": 4,
};
const GEOGRAPHY_RANK: Record<SourceRecord["geography"], number> = {
  national: 0,
  "admin-1": 1,
  "admin-2": 2,
};

function ids(records: readonly SourceRecord[]): string[] {
  return records.map((record) => record.id);
}

export function checkDisaggregation(
  need: IndicatorNeed,
  records: readonly SourceRecord[],
): ElementCheck {
  const offered = new Set<DimensionKind>(
    records.flatMap((record) => record.breakdowns.map((b) => b.kind)),
  );
  const missing = need.breakdowns.filter((kind) => !offered.has(kind));
  const carriers = records.filter((r) =>
    r.breakdowns.some((b) => need.breakdowns.includes(b.kind)),
  );
  const status: ElementStatus =
    missing.length === 0
      ? "met"
      : missing.length < need.breakdowns.length
        ? "partly-met"
        : "not-met";
  return withMessage(
    {
      type: "disaggregation",
      status,
      recordIds: ids(carriers.length > 0 ? carriers : records),
      ...(missing.length === 0 ? {} : { missingBreakdowns: missing }),
    },
    missing.length === 0
      ? { id: "disaggregation.met" }
      : { id: "disaggregation.missing", breakdowns: missing },
  );
}

export function checkReporting(
  need: IndicatorNeed,
  records: readonly SourceRecord[],
): ElementCheck {
  const ranked = records
    .map((record) => ({ record, rank: PERIODICITY_RANK[record.periodicity] }))
    .filter((entry): entry is { record: SourceRecord; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank);
  const best = ranked[0];
  const needed = NEEDED_RANK[need.frequency];
  if (best === undefined) {
    return withMessage(
      { type: "reporting", status: "partly-met", recordIds: ids(records) },
      { id: "reporting.unknown", needed: need.frequency },
    );
  }
  // One step coarser (e.g. multi-year for annual) still supports some monitoring.
  const status: ElementStatus =
    best.rank <= needed ? "met" : best.rank === needed + 1 ? "partly-met" : "not-met";
  const published = best.record.periodicity;
  return withMessage(
    { type: "reporting", status, recordIds: [best.record.id] },
    status === "met"
      ? { id: "reporting.met", published }
      : { id: "reporting.short", published, needed: need.frequency },
  );
}

export function lastYear(records: readonly SourceRecord[]): number | undefined {
  const years = records.flatMap((record) => record.years);
  return years.length === 0 ? undefined : Math.max(...years);
}

export function checkTimeliness(threshold: number, records: readonly SourceRecord[]): ElementCheck {
  const last = lastYear(records);
  if (last === undefined) {
    return withMessage(
      { type: "timeliness", status: "not-met", recordIds: ids(records) },
      { id: "timeliness.noYears", needed: threshold },
    );
  }
  const latest = records.filter((record) => record.years.includes(last));
  const status: ElementStatus =
    last >= threshold
      ? "met"
      : last >= threshold - PARTLY_TIMELY_GRACE_YEARS
        ? "partly-met"
        : "not-met";
  return withMessage(
    { type: "timeliness", status, recordIds: ids(latest) },
    status === "met"
      ? { id: "timeliness.met", latest: last }
      : { id: "timeliness.late", latest: last, needed: threshold },
  );
}

export function checkGeographic(
  need: IndicatorNeed,
  records: readonly SourceRecord[],
): ElementCheck {
  const sorted = [...records].sort(
    (a, b) => GEOGRAPHY_RANK[b.geography] - GEOGRAPHY_RANK[a.geography],
  );
  const best = sorted[0];
  const bestRank = best === undefined ? -1 : GEOGRAPHY_RANK[best.geography];
  const needed = GEOGRAPHY_RANK[need.geography];
  // Some sub-national detail short of the needed level counts as partly met.
  const status: ElementStatus =
    bestRank >= needed ? "met" : bestRank > 0 ? "partly-met" : "not-met";
  return withMessage(
    { type: "geographic", status, recordIds: best === undefined ? [] : [best.id] },
    best === undefined
      ? { id: "geographic.none", needed: need.geography }
      : status === "met"
        ? { id: "geographic.met", available: best.geography }
        : { id: "geographic.short", available: best.geography, needed: need.geography },
  );
}
