/**
 * Key findings for the executive summary, written from the assessment, the inventory and the
 * catalogue: each candidate finding carries a weight saying how much it matters, and the report
 * shows the 3–6 weightiest. Nothing here is written for a particular country.
 */
import type { Catalogue } from "../catalogue/schema";
import type { SourceRecord } from "../inventory/source-record";
import type { Assessment, AssessmentRow } from "../matrix/assessment-schema";
import type { NameLookup } from "./report-names";
import type { ReportStrings } from "./strings/index";

export const MIN_FINDINGS = 3;
export const MAX_FINDINGS = 6;
/** How many uncovered sections one finding names before it stops listing. */
const LISTED_SECTIONS = 4;
/** Source-type categories that describe a country from outside: international series, estimates. */
const OUTSIDE_CATEGORIES = new Set(["international", "estimate"]);

interface Candidate {
  weight: number;
  text: string;
}

interface FindingContext {
  assessment: Assessment;
  records: readonly SourceRecord[];
  catalogue: Catalogue;
  strings: ReportStrings;
  name: (kind: Parameters<NameLookup>[0], id: string) => string;
}

function bySection(rows: readonly AssessmentRow[]): Map<string, AssessmentRow[]> {
  const sections = new Map<string, AssessmentRow[]>();
  for (const row of rows) sections.set(row.section, [...(sections.get(row.section) ?? []), row]);
  return sections;
}

function uncovered({ assessment, strings, name }: FindingContext): Candidate[] {
  const sections = [...bySection(assessment.rows)];
  const empty = sections.filter(([, rows]) => rows.every((r) => r.availability === "none"));
  if (empty.length === 0) return [];
  if (empty.length === sections.length) {
    return [{ weight: 95, text: strings.findings.uncoveredAll(sections.length) }];
  }
  const listed = empty
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, LISTED_SECTIONS)
    .map(([id, rows]) => strings.findings.sectionCount(name("section", id), rows.length));
  const rest = empty.length - listed.length;
  const list = rest > 0 ? `${listed.join(", ")}, ${strings.moreSources(rest)}` : listed.join(", ");
  return [{ weight: 90, text: strings.findings.uncoveredSections(list) }];
}

function onlyFromOutside(context: FindingContext): Candidate[] {
  const { assessment, records, catalogue, strings, name } = context;
  const recordById = new Map(records.map((r) => [r.id, r]));
  const typeById = new Map(catalogue.sourceTypes.map((t) => [t.id, t]));
  const found: Candidate[] = [];
  for (const [section, rows] of bySection(assessment.rows)) {
    const used = rows.flatMap((row) => row.recordIds.map((id) => recordById.get(id)));
    const types = used.map((r) =>
      r?.sourceType === undefined ? undefined : typeById.get(r.sourceType),
    );
    if (
      types.length === 0 ||
      types.some((t) => t === undefined || !OUTSIDE_CATEGORIES.has(t.category))
    )
      continue;
    const names = [...new Set(types.map((t) => t?.name ?? ""))].slice(0, 3).join(", ");
    found.push({
      weight: 80 + rows.length / 10,
      text: strings.findings.onlyInternational(name("section", section), names),
    });
  }
  return found.sort((a, b) => b.weight - a.weight).slice(0, 2);
}

function highPriority({ assessment, strings }: FindingContext): Candidate[] {
  const high = assessment.rows.filter((r) => r.priority === "high");
  const missing = high.filter((r) => r.availability === "none").length;
  if (high.length === 0 || missing === 0) return [];
  return [
    {
      weight: 60 + (40 * missing) / high.length,
      text: strings.findings.highPriority(missing, high.length),
    },
  ];
}

function commonGap({ assessment, strings, name }: FindingContext): Candidate[] {
  const covered = assessment.rows.filter((r) => r.availability !== "none");
  if (covered.length === 0) return [];
  const counts = new Map<string, number>();
  const dimensions = new Map<string, number>();
  for (const row of covered) {
    for (const check of row.checks) {
      if (check.status === "met" || check.type === "data" || check.manual === true) continue;
      counts.set(check.type, (counts.get(check.type) ?? 0) + 1);
      for (const d of check.missingBreakdowns ?? [])
        dimensions.set(d, (dimensions.get(d) ?? 0) + 1);
    }
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (top === undefined) return [];
  let text = strings.findings.commonGap(name("gapType", top[0]), top[1], covered.length);
  const [dimension] = [...dimensions].sort((a, b) => b[1] - a[1]);
  if (top[0] === "disaggregation" && dimension !== undefined) {
    text += strings.findings.missingBreakdown(name("dimension", dimension[0]), dimension[1]);
  }
  return [{ weight: 50 + (30 * top[1]) / covered.length, text }];
}

function countedGap(type: "timeliness" | "definition", weight: number) {
  return ({ assessment, strings }: FindingContext): Candidate[] => {
    const n = assessment.rows.filter((r) =>
      r.checks.some((c) => c.type === type && c.status === "not-met"),
    ).length;
    if (n === 0) return [];
    const text =
      type === "timeliness" ? strings.findings.outdated(n) : strings.findings.definitions(n);
    return [{ weight: weight + n / 10, text }];
  };
}

function scoreRange({ assessment, strings, name }: FindingContext): Candidate[] {
  const sections = [...assessment.sections].sort((a, b) => b.score - a.score);
  const best = sections[0];
  const worst = sections.at(-1);
  if (best === undefined || worst === undefined || best.score === worst.score) return [];
  return [
    {
      weight: 40,
      text: strings.findings.range(
        name("section", best.id),
        Math.round(best.score),
        name("section", worst.id),
        Math.round(worst.score),
      ),
    },
  ];
}

function notPublic({ records, strings }: FindingContext): Candidate[] {
  const closed = records.filter((r) => r.access !== "public").length;
  if (closed === 0) return [];
  return [
    {
      weight: 30 + (20 * closed) / records.length,
      text: strings.findings.notPublic(closed, records.length),
    },
  ];
}

function emptyInventory({ assessment, records, strings }: FindingContext): Candidate[] {
  if (records.length > 0) return [];
  return [{ weight: 100, text: strings.findings.emptyInventory(assessment.rows.length) }];
}

/** Always true, so even an empty inventory yields three findings. */
function coverage({ assessment, strings }: FindingContext): Candidate[] {
  const covered = assessment.rows.filter((r) => r.availability !== "none").length;
  const available = assessment.summary.availability.available;
  return [
    { weight: 20, text: strings.findings.coverage(covered, assessment.rows.length, available) },
  ];
}

const FINDERS = [
  coverage,
  emptyInventory,
  uncovered,
  onlyFromOutside,
  highPriority,
  commonGap,
  countedGap("timeliness", 45),
  countedGap("definition", 42),
  scoreRange,
  notPublic,
];

/** The weightiest findings, most important first (at most six). */
export function keyFindings(context: FindingContext): string[] {
  return FINDERS.flatMap((finder) => finder(context))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_FINDINGS)
    .map((candidate) => candidate.text);
}

export type { FindingContext };
