/**
 * Tags a table the user confirmed with a workbook-level named range `gapmap_<id>` whose comment
 * holds its catalogue indicator IDs, so it can be found again after rows are inserted above it.
 * Writes names only, never cells.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { withTypedErrors } from "./office-errors";

export const TABLE_TAG_PREFIX = "gapmap_";
const TAG_ID_RE = /^[A-Za-z0-9_]{1,60}$/;

export interface TableTag {
  id: string;
  sheet: string;
  /** A1 range on that sheet, e.g. "A5:F40". */
  address: string;
  /** Catalogue indicator IDs, written into the name's comment. */
  indicatorIds?: readonly string[];
}

export function tagName(id: string): string {
  if (!TAG_ID_RE.test(id)) throw new RangeError(`table tag id must match ${TAG_ID_RE.source}`);
  return `${TABLE_TAG_PREFIX}${id}`;
}

/** A defined name's comment holds at most 255 characters [MS-OI29500 §2.1.568]. */
export const MAX_TAG_COMMENT = 255;

/**
 * "Gapmap: id1, id2, …", cut to fit the comment's 255 characters with a count of the IDs left
 * out. The comment is only a hint for people reading Name Manager: the IDs are in the saved state.
 */
export function tagComment(tag: TableTag): string {
  const ids = tag.indicatorIds ?? [];
  if (ids.length === 0) return "Table confirmed in Gapmap";
  const full = `Gapmap: ${ids.join(", ")}`;
  if (full.length <= MAX_TAG_COMMENT) return full;
  for (let shown = ids.length - 1; shown > 0; shown--) {
    const text = `Gapmap: ${ids.slice(0, shown).join(", ")} … (+${ids.length - shown} more)`;
    if (text.length <= MAX_TAG_COMMENT) return text;
  }
  return `Gapmap: ${ids.length} indicators`;
}

/**
 * Queues the lookups for adding `add` and removing `remove` (tag ids); the returned function
 * queues the changes once the lookups have synced and returns the tags it had to skip because
 * their sheet is gone (renamed or deleted since the scan: `getItem` would fail the whole request).
 * Names are validated before anything is queued.
 */
export function queueTagChanges(
  context: Excel.RequestContext,
  add: readonly TableTag[],
  remove: readonly string[] = [],
): () => TableTag[] {
  const names = context.workbook.names;
  const adding = add.map((tag) => ({
    tag,
    name: tagName(tag.id),
    sheet: context.workbook.worksheets.getItemOrNullObject(tag.sheet),
  }));
  const stale = [...new Set([...remove.map(tagName), ...adding.map((a) => a.name)])].map((name) =>
    names.getItemOrNullObject(name),
  );
  return () => {
    for (const earlier of stale) if (!earlier.isNullObject) earlier.delete();
    const skipped: TableTag[] = [];
    for (const { tag, name, sheet } of adding) {
      if (sheet.isNullObject) skipped.push(tag);
      else names.add(name, sheet.getRange(tag.address), tagComment(tag));
    }
    return skipped;
  };
}

/** Adds or moves the tag. Two syncs: look up an earlier tag, then replace it. */
export async function tagConfirmedTable(
  tag: TableTag,
  excel: ExcelRunner = defaultExcel(),
): Promise<void> {
  await withTypedErrors(() =>
    excel.run(async (context) => {
      const apply = queueTagChanges(context, [tag]);
      await context.sync();
      apply();
      await context.sync();
    }),
  );
}
