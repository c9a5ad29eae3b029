/**
 * The Summary sheet's native bar charts (scores by policy area and by Migration Profile section),
 * built from the score blocks' layout so the chart ranges are exactly the cells written, and
 * stacked to the right of the tables.
 */
import type { BarChartSpec } from "./bar-chart-xml";
import {
  LABEL_COLUMN,
  SCORE_COLUMN,
  SCORE_HEADER,
  type ScoreBlock,
  type ScoreBlockKind,
} from "./summary-sheet";
import { DATA_BAR_COLOUR } from "./sheet-style";

const CHARTED: Partial<Record<ScoreBlockKind, string>> = {
  area: "Score by policy area",
  section: "Score by Migration Profile section",
};
/** Zero-based column of the charts' left edge: right after the three table columns. */
const CHART_FIRST_COLUMN = 3;
const CHART_WIDTH_COLUMNS = 10;
const CHART_FIRST_ROW = 1;
/** Rows for title and axis, plus rows per bar, so long section lists keep readable bars. */
const CHART_FRAME_ROWS = 6;
const ROWS_PER_BAR = 1.5;
const MIN_CHART_ROWS = 12;
const GAP_ROWS = 1;
const SCORE_AXIS = { min: 0, max: 100, majorUnit: 20 } as const;

function chartRows(bars: number): number {
  return Math.max(MIN_CHART_ROWS, CHART_FRAME_ROWS + Math.ceil(bars * ROWS_PER_BAR));
}

export function summaryChartSpecs(blocks: readonly ScoreBlock[]): BarChartSpec[] {
  const specs: BarChartSpec[] = [];
  let top = CHART_FIRST_ROW;
  for (const block of blocks) {
    const title = CHARTED[block.kind];
    if (title === undefined || block.lastRow < block.firstRow) continue;
    // ScoreBlock rows and columns are 1-based (exceljs); chart ranges are zero-based.
    const rows = { s: block.firstRow - 1, e: block.lastRow - 1 };
    const height = chartRows(block.labels.length);
    specs.push({
      title,
      description: `Bar chart of the score (0 to 100) for each ${block.title.toLowerCase()}.`,
      seriesName: { cell: { r: block.headerRow - 1, c: SCORE_COLUMN - 1 }, text: SCORE_HEADER },
      categories: {
        range: { s: { r: rows.s, c: LABEL_COLUMN - 1 }, e: { r: rows.e, c: LABEL_COLUMN - 1 } },
        labels: block.labels,
      },
      values: {
        range: { s: { r: rows.s, c: SCORE_COLUMN - 1 }, e: { r: rows.e, c: SCORE_COLUMN - 1 } },
        numbers: block.scores,
      },
      axis: SCORE_AXIS,
      anchor: {
        s: { r: top, c: CHART_FIRST_COLUMN },
        e: { r: top + height, c: CHART_FIRST_COLUMN + CHART_WIDTH_COLUMNS },
      },
      barColour: DATA_BAR_COLOUR.slice(2), // DrawingML colours are RRGGBB, without alpha
    });
    top += height + GAP_ROWS;
  }
  return specs;
}
