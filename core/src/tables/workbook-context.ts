/**
 * Tables read with their workbook. A publication's workbook is about one thing more often than
 * not, and says so once: on a notes sheet ("Распределение иностранных подданных … по губерниям
 * жительства" above a data sheet headed only by provinces and countries), or in the titles of
 * most of its tables while an annex or a pivot sheet has none. A table whose own labels name
 * nothing first reads the notes sheets as evidence; if it still has no indicator and most of
 * the workbook's named tables agree on one, it gets that one as a guess, saying where from.
 */
import type { Grid } from "../grid/grid";
import { detectTables, type DetectOptions } from "./detect-tables";
import { guessFromContent } from "./content-guess";
import { GUESS_CEILING } from "./label-retrieval";
import { withInternalMatrix } from "./origin-destination";
import { tableContent } from "./table-content";
import type { DetectedTable, IndicatorMatch } from "./schema";

/** Lines of a notes sheet read as evidence, and their longest length (a note, not a text dump). */
export const MAX_NOTE_LINES = 12;
export const MAX_NOTE_CHARS = 400;
/** Named tables that must agree, and their share of all named tables, for a workbook consensus. */
export const MIN_AGREEING_TABLES = 2;
export const MIN_AGREEING_SHARE = 2 / 3;

/** The text lines of a sheet with no table: its first cells that hold words. */
function noteLines(grid: Grid): string[] {
  const lines: string[] = [];
  for (const row of grid.rows) {
    for (const cell of row)
      if (typeof cell === "string" && /\p{L}{3}/u.test(cell) && cell.length <= MAX_NOTE_CHARS)
        lines.push(cell.trim());
    if (lines.length >= MAX_NOTE_LINES) break;
  }
  return lines.slice(0, MAX_NOTE_LINES);
}

const isUnnamed = (t: DetectedTable) => t.indicators.length === 0;
/** A table only guessed at from words its labels share with indicators: no name of its own. */
const onlyGuessed = (t: DetectedTable) =>
  t.indicators.length > 0 && t.indicators.every((m) => m.guess === true);

/** The indicator most named tables put first, when enough of them agree. */
function consensus(
  tables: readonly DetectedTable[],
): { match: IndicatorMatch; share: number; sheet: string } | undefined {
  const named = tables.filter(
    (t) => t.indicators[0] !== undefined && t.indicators[0].guess !== true,
  );
  const counts = new Map<string, { n: number; table: DetectedTable }>();
  for (const t of named) {
    const id = t.indicators[0]?.id ?? "";
    const c = counts.get(id);
    if (c) c.n++;
    else counts.set(id, { n: 1, table: t });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!best || best.n < MIN_AGREEING_TABLES || best.n < MIN_AGREEING_SHARE * named.length)
    return undefined;
  const match = best.table.indicators[0];
  return match ? { match, share: best.n / named.length, sheet: best.table.sheet } : undefined;
}

/** The tables of each sheet (in the order of `grids`), read with the workbook's notes and consensus. */
export function detectWorkbookTables(
  grids: readonly Grid[],
  options: DetectOptions,
  /** Called before each sheet's first reading (progress). */
  onSheet: (grid: Grid, i: number) => void = () => undefined,
): DetectedTable[][] {
  const bySheet = grids.map((g, i) => {
    onSheet(g, i);
    return detectTables(g, options);
  });
  return withWorkbookContext(grids, bySheet, options);
}

/**
 * Each sheet's tables (`bySheet`, read alone with `options`, in the order of `grids`) read again
 * with the workbook: for a caller that reads sheet by sheet itself (the Excel pane yields
 * between sheets). Changes and returns `bySheet`.
 */
export function withWorkbookContext(
  grids: readonly Grid[],
  bySheet: DetectedTable[][],
  options: DetectOptions,
): DetectedTable[][] {
  const index = options.index;
  if (index === null) return bySheet;
  if (grids.length > 1) readWithWorkbook(grids, bySheet, options);
  // Last, what an unnamed table holds under the migration word that names it, and what a
  // population table's shape says.
  if (options.guesses !== false)
    grids.forEach((g, i) => {
      for (const table of bySheet[i] ?? [])
        if (isUnnamed(table))
          table.indicators = guessFromContent(index, tableContent(g, table, options.fileName));
        else table.indicators = withInternalMatrix(g, table, (id) => index.contextIds.has(id));
    });
  return bySheet;
}

/** Notes sheets as evidence, then the workbook's consensus, for the tables nothing named. */
function readWithWorkbook(
  grids: readonly Grid[],
  bySheet: DetectedTable[][],
  options: DetectOptions,
): void {
  const notes = grids.flatMap((g, i) => ((bySheet[i] ?? []).length === 0 ? noteLines(g) : []));
  if (notes.length > 0)
    grids.forEach((g, i) => {
      if ((bySheet[i] ?? []).some(isUnnamed))
        bySheet[i] = detectTables(g, { ...options, workbookNotes: notes });
    });
  const agreed = options.guesses === false ? undefined : consensus(bySheet.flat());
  if (!agreed) return;
  const fromWorkbook: IndicatorMatch = {
    id: agreed.match.id,
    score: Math.round(GUESS_CEILING * agreed.share * 1000) / 1000,
    guess: true,
    evidence: [
      {
        where: "sheet",
        text: agreed.sheet,
        matched: agreed.match.evidence[0]?.matched ?? "",
        words: [],
      },
    ],
  };
  for (const table of bySheet.flat())
    // A table whose own title names nothing is about something else than the workbook's topic.
    if (isUnnamed(table)) table.indicators = table.title === null ? [fromWorkbook] : [];
    else if (onlyGuessed(table))
      // A guess from a few shared words («доля», "rate") weighs against the workbook's word by score.
      table.indicators = [
        fromWorkbook,
        ...table.indicators.filter((m) => m.id !== fromWorkbook.id),
      ].sort((a, b) => b.score - a.score);
}
