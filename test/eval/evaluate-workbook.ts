/** Reads one workbook through the readers, detects its tables and scores every sheet. */
import { getCatalogueIndex } from "@gapmap/catalog";
import { detectWorkbookTables, type Grid } from "@gapmap/core";
import type { ExpectedSheet, ExpectedWorkbook } from "./expected-schema";
import {
  addTallies,
  emptyTally,
  scoreSheet,
  type ScoreOptions,
  type SheetScore,
  type Tally,
} from "./score";

/** What the evaluation needs from the readers (readWorkbookFile from @gapmap/cli fits it). */
export type ReadWorkbook = (
  path: string,
) => Promise<
  { ok: true; sheets: Grid[] } | { ok: false; error: { code: string; message: string } }
>;

export interface WorkbookScore {
  file: string;
  set: ExpectedWorkbook["set"];
  tally: Tally;
  sheets: { name: string; score: SheetScore }[];
  /** Expected sheets the reader did not return. */
  missingSheets: string[];
  /** Sheets the reader returned that the expectations do not list. */
  unlistedSheets: string[];
  readError: string | null;
  seconds: number;
}

/** The grid for an expected sheet: same name, same name trimmed, or a CSV's only sheet. */
export function findGrid(
  sheet: ExpectedSheet,
  grids: readonly Grid[],
  expectedSheetCount: number,
): Grid | undefined {
  return (
    grids.find((g) => g.name === sheet.name) ??
    grids.find((g) => g.name.trim() === sheet.name.trim()) ??
    (expectedSheetCount === 1 && grids.length === 1 ? grids[0] : undefined)
  );
}

export async function evaluateWorkbook(
  expected: ExpectedWorkbook,
  path: string,
  read: ReadWorkbook,
  options: ScoreOptions = {},
): Promise<WorkbookScore> {
  const started = performance.now();
  const result = await read(path);
  const grids = result.ok ? result.sheets : [];
  const used = new Set<Grid>();
  const sheets: WorkbookScore["sheets"] = [];
  // As `gapmap scan` reads them: each sheet with the rest of its workbook.
  const detected = detectWorkbookTables(grids, { index: getCatalogueIndex(), fileName: path });
  const tablesOf = (grid: Grid) => detected[grids.indexOf(grid)] ?? [];
  const missingSheets: string[] = [];
  let tally = emptyTally();
  for (const sheet of expected.sheets) {
    const grid = findGrid(sheet, grids, expected.sheets.length);
    if (grid) used.add(grid);
    else missingSheets.push(sheet.name);
    // A sheet the reader lost scores as a sheet where nothing was found.
    const score = scoreSheet(sheet, grid ? tablesOf(grid) : [], options);
    tally = addTallies(tally, score.tally);
    sheets.push({ name: sheet.name, score });
  }
  return {
    file: expected.file,
    set: expected.set,
    tally,
    sheets,
    missingSheets,
    unlistedSheets: grids.filter((g) => !used.has(g)).map((g) => g.name),
    readError: result.ok ? null : `${result.error.code}: ${result.error.message}`,
    seconds: (performance.now() - started) / 1000,
  };
}
