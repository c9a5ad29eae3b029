/**
 * The report after its charts: an indicator table per part of the Migration Profile (A, B, C
 * and key statistics), the action plan by responsible agency, progress since the previous
 * edition, and the annexes (method, sources).
 */
import type { Paragraph } from "docx";
import { GAP_TYPES } from "../gaps/gap-schema";
import { formatYearRanges } from "../inventory/year-ranges";
import { gapsOf, type AssessmentRow } from "../matrix/assessment-schema";
import { diffAssessments } from "../matrix/diff-assessments";
import { derivedBlocksInNotes } from "../inventory/derived-note";
import { heading, paragraph } from "./docx-blocks";
import type { ActionTexts, ReportContext } from "./report-context";

type Block = Paragraph;
/** The template's parts: A trends, B impact, C governance; K key statistics has no policy area. */
const PARTS = [
  { letter: "A", area: "trends" },
  { letter: "B", area: "impact" },
  { letter: "C", area: "governance" },
  { letter: "K", area: undefined },
] as const;
const SOURCES_SHOWN = 2;

/** The derived blocks a source holds ("Change (%)" under its table), or "" when none. */
function derivedLine(notes: string | undefined, strings: ReportContext["strings"]): string {
  const blocks = derivedBlocksInNotes(notes);
  if (blocks.length === 0) return "";
  const list = blocks.map((b) => `"${b.label}" (${strings.derivedKinds[b.kind]}, ${b.range})`);
  return strings.derivedBlocks(list.join("; "));
}

function mainGap(row: AssessmentRow, context: ReportContext): string {
  const [gap] = [...gapsOf(row)].sort(
    (a, b) =>
      Number(a.status === "partly-met") - Number(b.status === "partly-met") ||
      GAP_TYPES.indexOf(a.type) - GAP_TYPES.indexOf(b.type),
  );
  if (gap === undefined) return context.strings.noGap;
  const name = context.name("gapType", gap.type);
  if (gap.type === "disaggregation" && gap.missingBreakdowns !== undefined) {
    return `${name}: ${gap.missingBreakdowns.map((d) => context.name("dimension", d)).join(", ")}`;
  }
  if (gap.type === "timeliness" && row.lastYear !== undefined) return `${name} (${row.lastYear})`;
  return `${name} (${context.name("elementStatus", gap.status)})`;
}

function sourcesOf(row: AssessmentRow, context: ReportContext, byId: Map<string, string>): string {
  const names = [...new Set(row.recordIds.map((id) => byId.get(id) ?? id))];
  if (names.length === 0) return context.strings.noSource;
  const shown = names.slice(0, SOURCES_SHOWN).join("; ");
  return names.length > SOURCES_SHOWN
    ? `${shown} ${context.strings.moreSources(names.length - SOURCES_SHOWN)}`
    : shown;
}

export function partTables(context: ReportContext): Block[] {
  const { assessment, strings } = context;
  const byId = new Map(context.inventory.records.map((r) => [r.id, r.producer ?? r.title ?? r.id]));
  const blocks: Block[] = [heading(strings.sectionsHeading, 1, { pageBreakBefore: true })];
  for (const part of PARTS) {
    const rows = assessment.rows.filter((r) => r.section.startsWith(part.letter));
    if (rows.length === 0) continue;
    const title =
      part.area === undefined
        ? context.name("section", "K")
        : context.name("policyArea", part.area);
    blocks.push(heading(`${part.letter}. ${title}`, 2));
    blocks.push(
      context.table(
        [strings.indicator, strings.availability, strings.mainGap, strings.source],
        rows.map((row) => [
          `${row.section} ${context.name("indicator", row.indicator)}`,
          context.name("availability", row.availability),
          mainGap(row, context),
          sourcesOf(row, context, byId),
        ]),
        [0.36, 0.16, 0.26, 0.22],
      ),
    );
  }
  return blocks;
}

export function actionPlan(context: ReportContext): Block[] {
  const { strings } = context;
  const byAgency = new Map<string, ActionTexts[]>();
  for (const row of context.assessment.rows) {
    for (const action of row.actions) {
      const texts = context.action(row, action);
      byAgency.set(texts.responsibleAgency, [
        ...(byAgency.get(texts.responsibleAgency) ?? []),
        texts,
      ]);
    }
  }
  const blocks: Block[] = [heading(strings.actionPlanHeading, 1, { pageBreakBefore: true })];
  if (byAgency.size === 0) blocks.push(paragraph(strings.noActions));
  for (const [agency, actions] of [...byAgency].sort((a, b) =>
    a[0].localeCompare(b[0], context.lang),
  )) {
    blocks.push(heading(agency, 2));
    blocks.push(
      context.table(
        [strings.action, strings.indicator, strings.priority, strings.timeline],
        actions.map((a) => [
          a.title,
          context.name("indicator", a.indicator),
          context.name("priority", a.priority),
          `${a.timeline}, ${a.targetYear}`,
        ]),
        [0.42, 0.3, 0.1, 0.18],
      ),
    );
  }
  return blocks;
}

export function progress(context: ReportContext): Block[] {
  const { previous, assessment, strings } = context;
  if (previous === undefined) return [];
  const diff = diffAssessments(previous, assessment);
  const blocks: Block[] = [
    heading(strings.progressHeading, 1, { pageBreakBefore: true }),
    paragraph(
      strings.progressSummary(
        previous.date,
        diff.closed.length,
        diff.opened.length,
        diff.changed.length,
      ),
    ),
  ];
  const gapRows = (list: { indicator: string; type: string }[], extra: (i: number) => string) =>
    list.map((g, i) => [
      context.name("indicator", g.indicator),
      context.name("gapType", g.type),
      extra(i),
    ]);
  const lists = [
    [strings.gapsClosed, gapRows(diff.closed, () => "")],
    [
      strings.gapsOpened,
      gapRows(diff.opened, (i) =>
        context.name("elementStatus", diff.opened[i]?.status ?? "not-met"),
      ),
    ],
    [
      strings.gapsChanged,
      gapRows(diff.changed, (i) => {
        const c = diff.changed[i];
        return c === undefined
          ? ""
          : `${context.name("elementStatus", c.from)} → ${context.name("elementStatus", c.to)}`;
      }),
    ],
  ] as const;
  for (const [title, rows] of lists) {
    blocks.push(heading(title, 2));
    blocks.push(
      rows.length === 0
        ? paragraph(strings.none)
        : context.table(
            [strings.indicator, strings.gapType, strings.change],
            rows,
            [0.5, 0.25, 0.25],
          ),
    );
  }
  const moved = diff.scoreDeltas.filter(
    (d) => d.kind !== "indicator" && d.kind !== "theme" && d.delta !== 0,
  );
  blocks.push(heading(strings.scoreChanges, 2));
  const label = (kind: string, id: string) =>
    kind === "overall"
      ? strings.overallScore
      : kind === "section"
        ? `${id} ${context.name("section", id)}`
        : context.name("policyArea", id);
  const score = (n: number | undefined) => (n === undefined ? "–" : String(Math.round(n)));
  blocks.push(
    moved.length === 0
      ? paragraph(strings.none)
      : context.table(
          ["", strings.scoreBefore, strings.scoreAfter, strings.change],
          moved.map((d) => [
            label(d.kind, d.id),
            score(d.old),
            score(d.new),
            d.delta === undefined ? "–" : `${d.delta > 0 ? "+" : ""}${d.delta.toFixed(1)}`,
          ]),
          [0.55, 0.15, 0.15, 0.15],
        ),
  );
  return blocks;
}

export function annexes(context: ReportContext): Block[] {
  const { assessment, strings, inventory } = context;
  const { profile, weights } = assessment;
  const blocks: Block[] = [
    heading(strings.annexMethod, 1, { pageBreakBefore: true }),
    paragraph(
      strings.methodIntro(
        profile.name,
        profile.preset === undefined ? "custom" : context.name("preset", profile.preset),
        profile.referenceYear,
        profile.indicators.length,
      ),
    ),
    context.table(
      [strings.element, strings.weight],
      [
        ...Object.entries(weights.elements).map(([type, w]) => [
          context.name("gapType", type),
          String(w),
        ]),
        ...Object.entries(weights.priorities).map(([p, w]) => [
          `${strings.priority}: ${context.name("priority", p)}`,
          String(w),
        ]),
      ],
      [0.7, 0.3],
    ),
    heading(strings.definitionsHeading, 2),
    context.table(
      [strings.availability, ""],
      Object.entries(strings.availabilityDefinitions).map(([id, text]) => [
        context.name("availability", id),
        text,
      ]),
      [0.3, 0.7],
    ),
    heading(strings.annexSources, 1, { pageBreakBefore: true }),
  ];
  blocks.push(
    inventory.records.length === 0
      ? paragraph(strings.noSources)
      : context.table(
          [strings.sourceId, strings.producer, strings.indicator, strings.years, strings.access],
          inventory.records.map((r) => [
            [r.id, r.title, derivedLine(r.notes, strings)].filter((l) => l).join("\n"),
            r.producer ?? "",
            r.indicators.map((id) => context.name("indicator", id)).join("; "),
            formatYearRanges(r.years),
            r.access,
          ]),
          [0.26, 0.18, 0.32, 0.12, 0.12],
        ),
  );
  return blocks;
}
