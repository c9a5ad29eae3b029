/**
 * Two tables stacked with only a title line between them ("% объёма в календарный год
 * сравнительно со среднегодовым за 1896-1900" under a table of yearly figures, then the same
 * years again): the body blocks read them as one, since a single text cell may be a section
 * label inside a table ("Africa", "Women"). A sentence-long line followed by row labels the
 * block already had is a new table's title, not a section of the first.
 */
import type { RowProfile } from "./row-profile";
import type { SheetView } from "./sheet-view";
import type { BodyBlock } from "./table-blocks";
import { MAX_SECTION_LABEL_CHARS } from "./table-periods";

/** Row labels below the line that must repeat labels above it to start a new table. */
const MIN_REPEATED_LABELS = 2;

function rowLabel(view: SheetView, row: RowProfile | undefined, r: number): string {
  return row?.type === "data" && row.first >= 0 ? view.text(r, row.first) : "";
}

function isTitleLine(view: SheetView, row: RowProfile | undefined, r: number): boolean {
  if (row?.type !== "text" || row.filled.length !== 1) return false;
  return view.text(r, row.filled[0] ?? 0).length > MAX_SECTION_LABEL_CHARS;
}

/** The block's rows from `from` to `to` as two blocks split at title line `r`, when they repeat. */
function splitAt(
  view: SheetView,
  rows: readonly RowProfile[],
  block: BodyBlock,
  r: number,
): [BodyBlock, BodyBlock] | undefined {
  const above = new Set<string>();
  let lastAbove = -1;
  for (let i = block.top; i < r; i++) {
    const label = rowLabel(view, rows[i], i);
    if (label !== "") above.add(label);
    if (rows[i]?.type === "data") lastAbove = i;
  }
  let repeated = 0;
  let firstBelow = -1;
  for (let i = r + 1; i <= block.bottom && !isTitleLine(view, rows[i], i); i++) {
    const label = rowLabel(view, rows[i], i);
    if (label === "") continue;
    if (firstBelow < 0) firstBelow = i;
    if (above.has(label)) repeated++;
  }
  if (repeated < MIN_REPEATED_LABELS || lastAbove < 0 || firstBelow < 0) return undefined;
  return [
    { top: block.top, bottom: lastAbove },
    { top: firstBelow, bottom: block.bottom },
  ];
}

/** The blocks with each one cut at title lines that start a table of the same rows again. */
export function splitAtTitleLines(
  view: SheetView,
  rows: readonly RowProfile[],
  blocks: readonly BodyBlock[],
): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const block of blocks) {
    let rest: BodyBlock = block;
    for (let r = block.top + 1; r < rest.bottom; r++) {
      if (!isTitleLine(view, rows[r], r)) continue;
      const parts = splitAt(view, rows, rest, r);
      if (!parts) continue;
      out.push(parts[0]);
      rest = parts[1];
    }
    out.push(rest);
  }
  return out;
}
