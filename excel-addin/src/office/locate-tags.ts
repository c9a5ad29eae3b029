/**
 * Where each tagged table is now: a named range follows its cells when rows or columns are
 * inserted, so a confirmed table whose range moved is still found by its tag.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { withTypedErrors } from "./office-errors";
import { tagName } from "./tag-table";

export interface TagLocation {
  sheet: string;
  address: string;
}

/** "'It''s here'!$A$5:$F$40" → { sheet: "It's here", address: "A5:F40" }. */
export function splitRangeAddress(full: string): TagLocation | undefined {
  const bang = full.lastIndexOf("!");
  const address = full.slice(bang + 1).replaceAll("$", "");
  if (bang <= 0 || address === "") return undefined;
  const rawSheet = full.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replaceAll("''", "'")
      : rawSheet;
  return { sheet, address };
}

/** Current locations of the tags that still exist and still point at cells. Two syncs. */
export async function locateTaggedTables(
  ids: readonly string[],
  excel: ExcelRunner = defaultExcel(),
): Promise<Map<string, TagLocation>> {
  if (ids.length === 0) return new Map();
  return withTypedErrors(() =>
    excel.run(async (context) => {
      const items = ids.map((id) => ({
        id,
        item: context.workbook.names.getItemOrNullObject(tagName(id)),
      }));
      await context.sync();
      // A name whose sheet was deleted refers to #REF!: no range, hence the null object.
      const ranges = items
        .filter(({ item }) => !item.isNullObject)
        .map(({ id, item }) => {
          const range = item.getRangeOrNullObject();
          range.load("address");
          return { id, range };
        });
      await context.sync();
      const found = new Map<string, TagLocation>();
      for (const { id, range } of ranges) {
        const location = range.isNullObject ? undefined : splitRangeAddress(range.address);
        if (location) found.set(id, location);
      }
      return found;
    }),
  );
}
