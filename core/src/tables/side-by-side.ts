/**
 * Tables side by side on the same rows: "год | армяне | финны …" on the left and, after an
 * empty column, a second table with its own years ("фин. год | Russia proper | Finland") or
 * its own rows (a check table that starts three rows lower). Row by row they read as one body;
 * each is a table of its own. Blank spacer columns inside one table (between "Total" and the
 * groups, or between pairs of columns) keep it whole: both sides share their rows, and the right
 * side has no row labels of its own.
 */
import { cellNumber } from "./cell-values";
import { isHistoricalYear } from "./period-parse";
import { profileRows, type RowProfile } from "./row-profile";
import type { CellRange } from "../grid/grid";
import { bandView, type SheetView } from "./sheet-view";
import type { BodyBlock } from "./table-blocks";

/** A body block restricted to some columns, with its own first and last row. */
export interface BodyBand extends BodyBlock {
  left: number;
  right: number;
  /** Its first column names its rows; a band without may read its rows from its neighbour. */
  labelled: boolean;
}

/** A side needs this many rows with values to be a table. */
const MIN_SIDE_ROWS = 2;
/** A first column is a label column with at least this share of text (or of years). */
const MIN_LABEL_SHARE = 0.6;
/** Rows that one side has values in and the other not: at least this many... */
const MIN_ROWS_APART = 3;
/** ...and at least this share of the rows either side has values in. */
const MIN_SHARE_APART = 0.2;

interface Side {
  left: number;
  right: number;
  /** Rows with a number or a missing code in the side. */
  valueRows: Set<number>;
  /** The side's first column names its rows: text, or distinct years. */
  labelled: boolean;
  /** Columns with values beyond the first. */
  valueColumns: number;
}

/** Rows above a body read with it: its header band, up to a blank row. */
const MAX_ROWS_ABOVE = 8;

/**
 * Runs of columns with something in the body or in the header band right above it: a header
 * that crosses an empty body column ("varname | 2009 | … " over a sparse region) makes one table.
 */
function columnGroups(view: SheetView, block: BodyBlock): { left: number; right: number }[] {
  // One flag per column (a Set costs a third of the whole pass on a 3M-cell sheet).
  const filled = new Uint8Array(view.width);
  const addRow = (r: number): boolean => {
    const kinds = view.rowKinds(r);
    let any = false;
    for (let c = 0; c < kinds.length; c++)
      if (kinds[c] !== "empty" && kinds[c] !== undefined) {
        filled[c] = 1;
        any = true;
      }
    return any;
  };
  for (let r = block.top; r <= block.bottom; r++) addRow(r);
  for (let r = block.top - 1; r >= 0 && r >= block.top - MAX_ROWS_ABOVE; r--) if (!addRow(r)) break;
  const groups: { left: number; right: number }[] = [];
  for (let c = 0; c < filled.length; c++) {
    if (filled[c] === 0) continue;
    const last = groups.at(-1);
    if (last && c === last.right + 1) last.right = c;
    else groups.push({ left: c, right: c });
  }
  return groups;
}

function isLabelColumn(view: SheetView, block: BodyBlock, c: number): boolean {
  let texts = 0;
  let filled = 0;
  const years = new Set<number>();
  let numbers = 0;
  for (let r = block.top; r <= block.bottom; r++) {
    const k = view.kind(r, c);
    if (k === "empty") continue;
    filled++;
    if (k === "text") texts++;
    else if (k === "number") {
      numbers++;
      const n = cellNumber(view.value(r, c));
      if (n !== undefined && isHistoricalYear(n)) years.add(n);
    }
  }
  if (filled === 0) return false;
  const yearLabels = numbers >= MIN_SIDE_ROWS && years.size === numbers;
  return (
    texts / filled >= MIN_LABEL_SHARE ||
    (yearLabels && (texts + numbers) / filled >= MIN_LABEL_SHARE)
  );
}

function sideOf(view: SheetView, block: BodyBlock, left: number, right: number): Side {
  const valueRows = new Set<number>();
  let valueColumns = 0;
  for (let c = left; c <= right; c++) {
    let values = 0;
    for (let r = block.top; r <= block.bottom; r++) {
      const k = view.kind(r, c);
      if (k === "number" || k === "missing") {
        values++;
        if (c > left || right === left) valueRows.add(r);
      }
    }
    if (c > left && values > 0) valueColumns++;
  }
  return { left, right, valueRows, labelled: isLabelColumn(view, block, left), valueColumns };
}

/** A side's rows with values fill at least this share of the rows from its first to its last. */
const MIN_DENSE_SHARE = 0.8;

function isDense(rows: ReadonlySet<number>): boolean {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const r of rows) {
    first = Math.min(first, r);
    last = Math.max(last, r);
  }
  return rows.size >= MIN_DENSE_SHARE * (last - first + 1);
}

/** Two dense sides with values on different rows: one starts or ends well apart from the other. */
function rowsApart(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (!isDense(a) || !isDense(b)) return false;
  let apart = 0;
  for (const r of a) if (!b.has(r)) apart++;
  for (const r of b) if (!a.has(r)) apart++;
  const union = new Set([...a, ...b]).size;
  return apart >= MIN_ROWS_APART && apart >= union * MIN_SHARE_APART;
}

/** Whether the side on the right is a table of its own beside `current`. */
function standsAlone(view: SheetView, block: BodyBlock, current: Side, right: Side): boolean {
  if (right.valueColumns === 0 || right.valueRows.size < MIN_SIDE_ROWS) return false;
  if (current.valueRows.size < MIN_SIDE_ROWS) return false;
  return (
    right.labelled ||
    rowsApart(current.valueRows, right.valueRows) ||
    underTitlesOfTheirOwn(view, block, current, right)
  );
}

/** The merged title over column `c` in the rows above the body: a labelled cell spanning columns. */
function titleOver(view: SheetView, block: BodyBlock, c: number): CellRange | undefined {
  for (let r = block.top - 1; r >= 0 && r >= block.top - MAX_ROWS_ABOVE; r--) {
    const m = view.mergeAt(r, c);
    if (m && m.s.r === r && m.e.c > m.s.c && view.text(r, m.s.c).trim() !== "") return m;
  }
  return undefined;
}

/** The column heads in the row under a merged title, left to right. */
function headsUnder(view: SheetView, title: CellRange): string[] {
  const heads: string[] = [];
  for (let c = title.s.c; c <= title.e.c; c++) heads.push(view.text(title.e.r + 1, c).trim());
  return heads.filter((h) => h !== "");
}

/**
 * Whether `right` starts under a merged title of its own, `current` ends under another, and
 * their column heads differ: sources set side by side ("Переселение в Сибирь" 1894–1896 |
 * «Колонизация Сибири» 1885–1893 | Ежегодник ЦСК 1893–1896), each a table. Groups of one table
 * repeat their heads under each title ("Males | 1990 | 2000", "Females | 1990 | 2000").
 */
function underTitlesOfTheirOwn(
  view: SheetView,
  block: BodyBlock,
  current: Side,
  right: Side,
): boolean {
  const theirs = titleOver(view, block, right.left);
  const ours = titleOver(view, block, current.right);
  if (theirs?.s.c !== right.left || ours?.e.c !== current.right) return false;
  const theirHeads = headsUnder(view, theirs);
  const ourHeads = headsUnder(view, ours).slice(-theirHeads.length);
  return theirHeads.length > 0 && theirHeads.join("\u0000") !== ourHeads.join("\u0000");
}

function trimmed(view: SheetView, block: BodyBlock, side: Side): BodyBand {
  const { left, right, labelled } = side;
  let top = block.bottom;
  let bottom = block.top;
  for (let r = block.top; r <= block.bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (view.kind(r, c) === "empty") continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      break;
    }
  }
  return { top, bottom, left, right, labelled };
}

/**
 * The tables side by side in a body block, left to right; undefined when the block is one
 * table (the usual case, and the cheap answer: a block without an empty column inside).
 */
export function sideBySideBands(view: SheetView, block: BodyBlock): BodyBand[] | undefined {
  const groups = columnGroups(view, block);
  if (groups.length < 2) return undefined;
  const sides: Side[] = [];
  for (const g of groups) {
    const side = sideOf(view, block, g.left, g.right);
    const current = sides.at(-1);
    if (current && !standsAlone(view, block, current, side)) {
      current.right = side.right;
      for (const r of side.valueRows) current.valueRows.add(r);
      current.valueColumns += side.valueColumns + (side.labelled ? 0 : 1);
    } else sides.push(side);
  }
  if (sides.length < 2) return undefined;
  return sides.map((s) => trimmed(view, block, s));
}

/** One side table ready to detect: its own view of the sheet, its rows and its body. */
export interface SideTable {
  view: SheetView;
  rows: RowProfile[];
  block: BodyBlock;
  /** The sheet column that names its rows when it has no row labels of its own. */
  lender?: number | undefined;
}

/** The nearest labelled band to the left of an unlabelled one, whose first column names both's rows. */
function lenderOf(bands: readonly BodyBand[], band: BodyBand): BodyBand | undefined {
  if (band.labelled) return undefined;
  return bands.filter((b) => b.right < band.left && b.labelled).at(-1);
}

/** The side tables of `block`, or undefined when it is one table across all its columns. */
export function sideTables(view: SheetView, block: BodyBlock): SideTable[] | undefined {
  const bands = sideBySideBands(view, block);
  return bands?.map((band) => {
    const seen = bandView(view, band.left, band.right);
    const rows = profileRows(seen);
    const lender = lenderOf(bands, band);
    // Rows that start with data are its neighbour's rows: its header sits above their first
    // row, not above its own first value.
    const top =
      lender !== undefined && rows[band.top]?.type === "data"
        ? Math.min(band.top, block.top)
        : band.top;
    return { view: seen, rows, block: { top, bottom: band.bottom }, lender: lender?.left };
  });
}
