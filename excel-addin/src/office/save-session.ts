/**
 * What a confirmation in the task pane does: saves the session, then brings the table tags in
 * line with it. The state goes first, in its own batch, so a tag Excel refuses (a sheet renamed
 * since the scan, say) can never keep the decisions from being saved.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { withTypedErrors } from "./office-errors";
import type { WorkbookState } from "./state-schema";
import { queueTagChanges, type TableTag } from "./tag-table";
import { saveWorkbookState, type SavedState } from "./workbook-state";

export interface TagChanges {
  /** Tags to add or move (accepted tables). */
  add: readonly TableTag[];
  /** Tag ids to delete (tables no longer accepted). */
  remove: readonly string[];
}

export interface SessionSaved extends SavedState {
  /** Tags not added because their sheet is no longer there under that name. */
  skippedTags: TableTag[];
}

/** Two batches: the state (three syncs), then the tags (two syncs, none when nothing changes). */
export async function saveSessionWithTags(
  state: WorkbookState,
  tags: TagChanges,
  excel: ExcelRunner = defaultExcel(),
): Promise<SessionSaved> {
  const saved = await saveWorkbookState(state, excel);
  if (tags.add.length === 0 && tags.remove.length === 0) return { ...saved, skippedTags: [] };
  const skippedTags = await withTypedErrors(() =>
    excel.run(async (context) => {
      const applyTags = queueTagChanges(context, tags.add, tags.remove);
      await context.sync();
      const skipped = applyTags();
      await context.sync();
      return skipped;
    }),
  );
  return { ...saved, skippedTags };
}
