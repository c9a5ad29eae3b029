/**
 * Plain-text report of a corpus run: per split, a row for all files, per language and per file
 * type; workbooks (top-1, top-3, breakdown F1, false indicators on distractor tables) and pages
 * (precision, recall, mentions in boilerplate); then the targets on the test split, the most
 * frequent wrong pairs (--confusions) and the failures per file (--all).
 */
import { catalogueData } from "@gapmap/catalog";
import {
  countConfusions,
  measureShift,
  pageConfusions,
  tableConfusions,
  type Confusion,
} from "./confusions";
import type { CorpusResults, PageResult, WorkbookResult } from "./corpus-eval";
import { addPageTallies, emptyPageTally, pageRates, type PageTally } from "./page-score";
import { addTallies, emptyTally, rates, type TableOutcome, type Tally } from "./score";
import type { Split } from "./split";

/** Targets from issue 10, measured on the test split. */
export const CORPUS_TARGETS = {
  top1: 0.85,
  top3: 0.95,
  kindF1: 0.9,
  falseIndicatorRate: 0.02,
  pagePrecision: 0.9,
  pageRecall: 0.9,
  pageLanguageFloor: 0.8,
} as const;
export const CONFUSIONS_SHOWN = 20;

const SPLITS: readonly Split[] = ["tune", "test"];
const pct = (v: number | null) => (v === null ? "–" : `${(v * 100).toFixed(0)}%`);
const dec = (v: number | null) => (v === null ? "–" : v.toFixed(2));

function layout(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i <= 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

interface Group<R> {
  label: string;
  results: R[];
}

function groupsOf<R extends { entry: { language: string; type: string }; split: Split }>(
  results: readonly R[],
  split: Split,
): Group<R>[] {
  const inSplit = results.filter((r) => r.split === split);
  const by = (key: (r: R) => string, prefix: string) =>
    [...new Set(inSplit.map(key))].sort().map((value) => ({
      label: `${prefix}${value}`,
      results: inSplit.filter((r) => key(r) === value),
    }));
  return [
    { label: "all", results: inSplit },
    ...by((r) => r.entry.language, "lang "),
    ...by((r) => r.entry.type, "type "),
  ];
}

const WORKBOOK_HEADERS = [
  "split",
  "group",
  "files",
  "tables",
  "missed",
  "top-1",
  "by guess",
  "top-3",
  "kind P",
  "kind R",
  "kind F1",
  "years",
  "distractor tables",
  "false ind.",
];

export const workbookTally = (results: readonly WorkbookResult[]): Tally =>
  results.reduce((t, r) => addTallies(t, r.score.tally), emptyTally());

function workbookRow(split: Split, g: Group<WorkbookResult>): string[] {
  const t = workbookTally(g.results);
  const r = rates(t);
  return [
    split,
    g.label,
    String(g.results.length),
    String(t.indicatorTables),
    String(t.missedTables),
    pct(r.top1),
    // How many of the top-1 hits rest on a guess: right, but marked unsure to the reader.
    String(t.top1Guessed),
    pct(r.top3),
    dec(r.kindPrecision),
    dec(r.kindRecall),
    dec(r.kindF1),
    pct(r.yearAccuracy),
    String(t.controlTables),
    pct(r.falseIndicatorRate),
  ];
}

const PAGE_HEADERS = [
  "split",
  "group",
  "pages",
  "reported",
  "hits",
  "extras",
  "false",
  "missed",
  "precision",
  "recall",
  "in nav/refs/URLs",
];

export const pageTallyOf = (results: readonly PageResult[]): PageTally =>
  results.reduce((t, r) => addPageTallies(t, r.score.tally), emptyPageTally());

function pageRow(split: Split, g: Group<PageResult>): string[] {
  const t = pageTallyOf(g.results);
  const r = pageRates(t);
  const b = t.boilerplate;
  return [
    split,
    g.label,
    String(t.pages),
    String(t.reported),
    String(t.hits),
    String(t.acceptableExtras),
    String(t.falseIndicators),
    String(t.missed),
    dec(r.precision),
    dec(r.recall),
    `${r.boilerplateMentions} (${b.navigation}/${b.references}/${b.url})`,
  ];
}

function verdict(name: string, value: number | null, target: number, atMost = false): string {
  if (value === null) return `${name}: not measured`;
  const ok = atMost ? value <= target : value >= target;
  return `${name}: ${dec(value)} (target ${atMost ? "≤" : "≥"} ${target}) ${ok ? "OK" : "BELOW TARGET"}`;
}

function targetLines(results: CorpusResults): string[] {
  const wb = rates(workbookTally(results.workbooks.filter((r) => r.split === "test")));
  const testPages = results.pages.filter((r) => r.split === "test");
  const pg = pageRates(pageTallyOf(testPages));
  const lines = [
    "Targets (issue 10), on the test split:",
    `  ${verdict("workbook top-1", wb.top1, CORPUS_TARGETS.top1)}`,
    `  ${verdict("workbook top-3", wb.top3, CORPUS_TARGETS.top3)}`,
    `  ${verdict("breakdown F1", wb.kindF1, CORPUS_TARGETS.kindF1)}`,
    `  ${verdict("false indicators on distractor tables", wb.falseIndicatorRate, CORPUS_TARGETS.falseIndicatorRate, true)}`,
    `  ${verdict("page precision", pg.precision, CORPUS_TARGETS.pagePrecision)}`,
    `  ${verdict("page recall", pg.recall, CORPUS_TARGETS.pageRecall)}`,
    `  mentions in navigation, references or URLs: ${pg.boilerplateMentions} (target 0)`,
  ];
  for (const lang of [...new Set(testPages.map((r) => r.entry.language))].sort()) {
    const r = pageRates(pageTallyOf(testPages.filter((p) => p.entry.language === lang)));
    const worst = Math.min(r.precision ?? 1, r.recall ?? 1);
    lines.push(
      `  pages ${lang}: precision ${dec(r.precision)}, recall ${dec(r.recall)} (each ≥ ${CORPUS_TARGETS.pageLanguageFloor}) ${worst >= CORPUS_TARGETS.pageLanguageFloor ? "OK" : "BELOW TARGET"}`,
    );
  }
  return lines;
}

const measures = new Map(catalogueData.indicators.map((i) => [i.id, i.measure]));

export function confusionsOf(
  results: CorpusResults,
  split: Split,
): { workbooks: Confusion[]; pages: Confusion[] } {
  return {
    workbooks: countConfusions(
      results.workbooks
        .filter((r) => r.split === split)
        .flatMap((r) => r.score.sheets.flatMap((s) => tableConfusions(s.score.outcomes))),
    ),
    pages: countConfusions(
      results.pages
        .filter((r) => r.split === split)
        .flatMap((r) => pageConfusions(r.score.outcome)),
    ),
  };
}

function confusionLines(title: string, list: readonly Confusion[]): string[] {
  if (list.length === 0) return [`  ${title}: none`];
  return [
    `  ${title}:`,
    ...list.slice(0, CONFUSIONS_SHOWN).map((c) => {
      const shift = measureShift(c.wanted, c.got, (id) => measures.get(id));
      return `    ${String(c.count).padStart(3)}  ${c.wanted} → ${c.got}${shift ? `  [${shift}]` : ""}`;
    }),
  ];
}

/** "years 2010-2015, want 2008-2016" for a table whose year span is wrong. */
function yearsProblem(o: TableOutcome): string {
  const got = o.detectedYears ? `${o.detectedYears.first}-${o.detectedYears.last}` : "none";
  return `years ${got}, want ${o.expected.years?.first}-${o.expected.years?.last}`;
}

function failureLines(results: CorpusResults, splits: readonly Split[]): string[] {
  const out: string[] = ["Failures per file:"];
  for (const r of results.workbooks) {
    if (!splits.includes(r.split)) continue;
    const lines: string[] = [];
    if (r.score.readError) lines.push(`read failed: ${r.score.readError}`);
    for (const { name, score } of r.score.sheets)
      for (const o of score.outcomes) {
        const where = `${name}!${o.expected.range}`;
        if (o.detectedRange === null) lines.push(`${where}: not found (${o.expected.about})`);
        else if (
          o.top3 === false ||
          o.givenIndicator === true ||
          o.missingKinds.length > 0 ||
          o.unexpectedKinds.length > 0 ||
          o.yearsRight === false
        )
          lines.push(
            `${where}: got [${o.detectedIndicators.slice(0, 3).join(", ") || "none"}] want [${o.expected.indicators.slice(0, 3).join(", ") || "none"}]` +
              (o.missingKinds.length > 0 ? `; missed ${o.missingKinds.join(", ")}` : "") +
              (o.unexpectedKinds.length > 0 ? `; extra ${o.unexpectedKinds.join(", ")}` : "") +
              (o.yearsRight === false ? `; ${yearsProblem(o)}` : ""),
          );
      }
    if (lines.length > 0)
      out.push(`  [${r.split}] ${r.entry.id}`, ...lines.map((l) => `    - ${l}`));
  }
  for (const r of results.pages) {
    if (!splits.includes(r.split)) continue;
    const o = r.score.outcome;
    const lines: string[] = [];
    if (o.falseIds.length > 0) lines.push(`false: ${o.falseIds.join(", ")}`);
    if (o.missedIds.length > 0) lines.push(`missed: ${o.missedIds.join(", ")}`);
    for (const b of r.score.boilerplateMentions.slice(0, 5))
      lines.push(`in ${b.kind}: "${b.text}" (${b.id})`);
    if (lines.length > 0)
      out.push(`  [${r.split}] ${r.entry.id}`, ...lines.map((l) => `    - ${l}`));
  }
  return out;
}

export interface ReportOptions {
  confusions?: boolean;
  failures?: boolean;
  /** The test split's wrong pairs and failures are shown only when asked for: whoever tunes
   * must not see them by accident (`--confusions` alone once showed them to two helpers). */
  testErrors?: boolean;
}

export function formatCorpusReport(results: CorpusResults, options: ReportOptions = {}): string {
  const testFiles =
    results.workbooks.filter((r) => r.split === "test").length +
    results.pages.filter((r) => r.split === "test").length;
  const out = [
    `Evaluation corpus (test/eval/corpus): ${results.workbooks.length} workbooks/CSVs, ${results.pages.length} pages; split seed "${results.seed}", ${testFiles} files in test`,
    "",
    "Workbooks and CSVs (tables against truth; by guess = top-1 hits whose indicator is a guess; false ind. = distractor tables given an indicator)",
    layout([
      WORKBOOK_HEADERS,
      ...SPLITS.flatMap((s) => groupsOf(results.workbooks, s).map((g) => workbookRow(s, g))),
    ]),
    "",
    "Pages (indicators a page reports against truth; boilerplate = navigation/references/URL)",
    layout([
      PAGE_HEADERS,
      ...SPLITS.flatMap((s) => groupsOf(results.pages, s).map((g) => pageRow(s, g))),
    ]),
    "",
    ...targetLines(results),
  ];
  const errorSplits: readonly Split[] = options.testErrors ? SPLITS : ["tune"];
  if (options.confusions)
    for (const split of errorSplits) {
      const c = confusionsOf(results, split);
      out.push(
        "",
        `Most frequent wrong pairs, ${split} split (wanted → got):`,
        ...confusionLines("tables (first-ranked indicator)", c.workbooks),
        ...confusionLines("pages (missed → false on the same page)", c.pages),
      );
    }
  if (options.failures) out.push("", ...failureLines(results, errorSplits));
  if ((options.confusions || options.failures) && !options.testErrors)
    out.push(
      "",
      "(the test split's errors are left out; --test-errors shows them, for reports only)",
    );
  return out.join("\n");
}
