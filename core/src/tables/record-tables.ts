/**
 * Record-level tables: open data with one row per case ("Hombre | Irán | 45-59 | 2013" down
 * 30,000 rows of asylum applicants) and no count column — the rows are what is counted. Their
 * columns are categories that repeat, under a header row naming each; a list of things (a
 * column naming each row) or a sheet of notes is none.
 */
import type { ColumnProfile } from "./column-roles";
import type { RowProfile } from "./row-profile";
import type { BodyBlock } from "./table-blocks";

/** Fewer rows than this are a small table or a list, not case records. */
export const MIN_RECORD_ROWS = 50;
/** A category column repeats: at most this share of its filled cells are distinct labels. */
export const MAX_CATEGORY_DISTINCT_SHARE = 0.2;
/** Category columns a record table needs (sex and nationality, nationality and year…). */
export const MIN_CATEGORY_COLUMNS = 2;
/**
 * A column this unique names each row ("Country Code" down a World Bank metadata sheet): the
 * rows are things listed with their attributes, not cases counted.
 */
export const MIN_NAME_COLUMN_DISTINCT_SHARE = 0.9;

const namesEachRow = (p: ColumnProfile) =>
  p.role === "label" && p.distinctTexts >= (p.texts + p.numbers) * MIN_NAME_COLUMN_DISTINCT_SHARE;

function isCategoryColumn(p: ColumnProfile): boolean {
  const filled = p.texts + p.numbers;
  return (
    p.role === "label" &&
    filled >= MIN_RECORD_ROWS &&
    p.distinctTexts >= 2 &&
    p.distinctTexts <= filled * MAX_CATEGORY_DISTINCT_SHARE
  );
}

/**
 * True when a body with no value column is a record-level table: enough rows, each label
 * column headed, and at least two of them categories that repeat down the rows.
 */
export function isRecordTable(
  profiles: readonly ColumnProfile[],
  bodyRowCount: number,
  headerOf: (column: number) => string,
): boolean {
  if (bodyRowCount < MIN_RECORD_ROWS) return false;
  const labels = profiles.filter((p) => p.role === "label");
  if (labels.some((p) => headerOf(p.column).trim() === "" || namesEachRow(p))) return false;
  return labels.filter(isCategoryColumn).length >= MIN_CATEGORY_COLUMNS;
}

/** A record fills two or more of the header's columns and nothing beside them (a case may lack a value). */
const fitsHeader = (row: RowProfile, head: RowProfile) =>
  row.filled.length >= MIN_CATEGORY_COLUMNS && row.filled.every((c) => head.filled.includes(c));

/**
 * Bodies of text rows laid out under one header row (every row within its columns): the case
 * records of a file whose columns are all words ("Mujer | Perú | Santiago"). Rows that data
 * bodies (`taken`) hold are left to them.
 */
export function findRecordBlocks(
  rows: readonly RowProfile[],
  taken: readonly BodyBlock[],
): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const claimedRows = new Uint8Array(rows.length);
  for (const b of taken) claimedRows.fill(1, b.top, b.bottom + 1);
  const claimed = (r: number) => claimedRows[r] === 1;
  let r = 0;
  while (r < rows.length) {
    const head = rows[r];
    if (head?.type !== "text" || head.filled.length < MIN_CATEGORY_COLUMNS || claimed(r)) {
      r++;
      continue;
    }
    let end = r + 1;
    while (end < rows.length) {
      const row = rows[end];
      if (row?.type !== "text" || !fitsHeader(row, head) || claimed(end)) break;
      end++;
    }
    if (end - r - 1 >= MIN_RECORD_ROWS) blocks.push({ top: r + 1, bottom: end - 1 });
    r = end;
  }
  return blocks;
}
