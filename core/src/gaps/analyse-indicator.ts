/**
 * Gap analysis of one needed indicator: combines every record that carries it, taking the best
 * coverage any record offers, and returns availability, element checks (gaps are the checks not
 * fully met), conflicts between records and the ODIN-style score.
 */
import type { Catalogue, Indicator } from "../catalogue/schema";
import type { SourceRecord } from "../inventory/source-record";
import { latestAcceptableYear, type IndicatorNeed } from "../needs/needs-profile";
import {
  checkDisaggregation,
  checkGeographic,
  checkReporting,
  checkTimeliness,
  lastYear,
} from "./coverage-checks";
import { checkDefinition } from "./definition-check";
import { findConflicts, type RecordConflict } from "./find-conflicts";
import type { Availability, ElementCheck } from "./gap-schema";
import { withMessage } from "./with-message";
import { checkAccess, checkOpenness } from "./openness-checks";
import { checkQuality } from "./quality-check";
import { indicatorScore, type ScoreWeights } from "./scoring";

export interface IndicatorAnalysis {
  indicator: Indicator;
  need: IndicatorNeed;
  availability: Availability;
  /** One check per element that could be judged; no records means only the data check. */
  checks: ElementCheck[];
  conflicts: RecordConflict[];
  recordIds: string[];
  lastYear?: number;
  score: number;
}

const COVERAGE_TYPES = new Set(["disaggregation", "reporting", "timeliness", "geographic"]);

function checkData(
  records: readonly SourceRecord[],
  direct: readonly SourceRecord[],
): ElementCheck {
  if (records.length === 0) {
    return withMessage({ type: "data", status: "not-met", recordIds: [] }, { id: "data.none" });
  }
  return direct.length === 0
    ? withMessage(
        { type: "data", status: "partly-met", recordIds: records.map((r) => r.id) },
        { id: "data.proxy" },
      )
    : withMessage(
        { type: "data", status: "met", recordIds: direct.map((r) => r.id) },
        { id: "data.available" },
      );
}

function availabilityOf(
  direct: readonly SourceRecord[],
  checks: readonly ElementCheck[],
  any: boolean,
): Availability {
  if (!any) return "none";
  const definition = checks.find((c) => c.type === "definition");
  if (direct.length === 0 || definition?.status === "not-met") return "proxy-or-national-variant";
  const coverageGap = checks.some((c) => COVERAGE_TYPES.has(c.type) && c.status !== "met");
  return coverageGap ? "partial" : "available";
}

export function analyseIndicator(
  catalogue: Catalogue,
  indicator: Indicator,
  need: IndicatorNeed,
  referenceYear: number,
  allRecords: readonly SourceRecord[],
  weights: ScoreWeights,
): IndicatorAnalysis {
  const records = allRecords.filter((record) => record.indicators.includes(indicator.id));
  const direct = records.filter((record) => !record.proxy);
  // Proxies are judged only when nothing carries the indicator directly.
  const judged = direct.length > 0 ? direct : records;
  const checks: ElementCheck[] = [checkData(records, direct)];
  if (records.length > 0) {
    checks.push(
      checkDisaggregation(need, judged),
      checkReporting(need, judged),
      checkTimeliness(latestAcceptableYear(need, referenceYear), judged),
      checkGeographic(need, judged),
      checkDefinition(catalogue, indicator, judged),
      checkAccess(judged),
      checkOpenness(judged),
      checkQuality(judged),
    );
  }
  const last = lastYear(judged);
  return {
    indicator,
    need,
    availability: availabilityOf(direct, checks, records.length > 0),
    checks,
    conflicts: findConflicts(catalogue, indicator, records),
    recordIds: records.map((record) => record.id),
    ...(last === undefined ? {} : { lastYear: last }),
    score: indicatorScore(checks, weights),
  };
}
