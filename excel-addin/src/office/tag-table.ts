/**
 * Tags a table the user confirmed with a workbook-level named range `gapmap_<id>`, so it can be
 * found again after rows are inserted above it. Writes a name only, never cells.
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
}

export function tagName(id: string): string {
  if (!TAG_ID_RE.test(id)) throw new RangeError(`table tag id must match ${TAG_ID_RE.source}`);
  return `${TABLE_TAG_PREFIX}${id}`;
}

/** Adds or moves the tag. Two syncs: look up an earlier tag, then replace it. */
export async function tagConfirmedTable(
  tag: TableTag,
  excel: ExcelRunner = defaultExcel(),
): Promise<void> {
  const name = tagName(tag.id);
  await withTypedErrors(() =>
    excel.run(async (context) => {
      const names = context.workbook.names;
      const earlier = names.getItemOrNullObject(name);
      await context.sync();
      if (!earlier.isNullObject) earlier.delete();
      const range = context.workbook.worksheets.getItem(tag.sheet).getRange(tag.address);
      names.add(name, range, "Table confirmed in Gapmap");
      await context.sync();
    }),
  );
}
