/**
 * An origin × destination matrix: the same places down the rows and across the columns
 * ("Governorate of birth" × "Governorate of enumeration", region of previous × current
 * residence). Counting people so, a census table of "population" is lifetime migration between
 * those places, whatever its title says; when the places are no countries they are regions of
 * one country, and the table measures internal migration.
 */
import { normalizeText } from "../text/normalize";
import type { Grid } from "../grid/grid";
import { rangeFromA1 } from "../grid/address";
import { lookupPlace } from "./country-names";
import { isTotalLabel } from "./dimension-vocab";
import type { DetectedTable, IndicatorMatch } from "./schema";
import { columnIndex } from "./table-content";

/** Places on both sides, at least, and their share of the shorter side. */
export const MIN_SHARED_PLACES = 3;
export const MIN_SHARED_SHARE = 0.6;
const INTERNAL_MIGRATION = "flow-internal-migration";

/** A label as both sides write it: no column number "(2)", footnote digit or case. */
function placeKey(label: unknown): string {
  if (typeof label !== "string" || isTotalLabel(label)) return "";
  return normalizeText(label.replace(/\(\s*[\dIVXivx]+\s*\)/g, "").replace(/\d+\s*$/, ""));
}

/** The labels down the first label column and across the last header row. */
function sides(grid: Grid, table: DetectedTable): { rows: string[]; columns: string[] } {
  const range = rangeFromA1(table.range);
  const labelColumn = table.labelColumns[0];
  const headerRow = table.headerRows.at(-1);
  if (!range || labelColumn === undefined || headerRow === undefined)
    return { rows: [], columns: [] };
  const c0 = columnIndex(labelColumn);
  const headers = new Set(table.headerRows.map((r) => r - 1));
  const rows: string[] = [];
  for (let r = range.s.r; r <= range.e.r; r++)
    if (!headers.has(r)) rows.push(placeKey(grid.rows[r]?.[c0]));
  const columns: string[] = [];
  for (let c = range.s.c; c <= range.e.c; c++)
    if (c !== c0) columns.push(placeKey(grid.rows[headerRow - 1]?.[c]));
  return { rows: rows.filter((k) => k !== ""), columns: columns.filter((k) => k !== "") };
}

/** The places both sides share, when they are enough to make the table a matrix; else none. */
export function sharedPlaces(grid: Grid, table: DetectedTable): string[] {
  const { rows, columns } = sides(grid, table);
  const down = new Set(rows);
  const across = new Set(columns);
  const shared = [...down].filter((k) => across.has(k));
  const shorter = Math.min(down.size, across.size);
  return shared.length >= MIN_SHARED_PLACES && shared.length >= MIN_SHARED_SHARE * shorter
    ? shared
    : [];
}

/**
 * The table's indicators with internal migration first when it is a matrix of places that are
 * no countries and what it names is only the population (a context indicator). Inferred, not
 * named: a guess, scored as the context it outranks, with what it rests on.
 */
export function withInternalMatrix(
  grid: Grid,
  table: DetectedTable,
  isContext: (id: string) => boolean,
): IndicatorMatch[] {
  const top = table.indicators[0];
  // Unnamed, a matrix may be of anything (sectors, trade between provinces): people only.
  if (top === undefined || !isContext(top.id)) return table.indicators;
  if (table.indicators.some((m) => m.id === INTERNAL_MIGRATION)) return table.indicators;
  const shared = sharedPlaces(grid, table);
  if (shared.length === 0) return table.indicators;
  const countries = shared.filter((k) => lookupPlace(k)?.kind === "country").length;
  if (countries * 2 >= shared.length) return table.indicators;
  const guess: IndicatorMatch = {
    id: INTERNAL_MIGRATION,
    score: top.score,
    guess: true,
    evidence: [
      {
        where: "labels",
        text: shared.slice(0, 3).join(", "),
        matched: "origin × destination",
        words: [],
      },
    ],
    basis: [`the same ${shared.length} places down the rows and across the columns`],
  };
  return [guess, ...table.indicators];
}
