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

export function tagComment(tag: TableTag): string {
  const ids = tag.indicatorIds ?? [];
  return ids.length === 0 ? "Table confirmed in Gapmap" : `Gapmap: ${ids.join(", ")}`;
}

/**
 * Queues the lookups for adding `add` and removing `remove` (tag ids); the returned function
 * queues the changes once the lookups have synced. Names are validated before anything is queued.
 */
export function queueTagChanges(
  context: Excel.RequestContext,
  add: readonly TableTag[],
  remove: readonly string[] = [],
): () => void {
  const names = context.workbook.names;
  const adding = add.map((tag) => ({ tag, name: tagName(tag.id) }));
  const stale = [...new Set([...remove.map(tagName), ...adding.map((a) => a.name)])].map((name) =>
    names.getItemOrNullObject(name),
  );
  return () => {
    for (const earlier of stale) if (!earlier.isNullObject) earlier.delete();
    for (const { tag, name } of adding) {
      const range = context.workbook.worksheets.getItem(tag.sheet).getRange(tag.address);
      names.add(name, range, tagComment(tag));
    }
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
