/**
 * Saves the session and brings the table tags in line with it in ONE batch: two syncs in all,
 * instead of two for the tags plus two for the state. A confirmation in the task pane does both.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { withTypedErrors } from "./office-errors";
import type { WorkbookState } from "./state-schema";
import { queueTagChanges, type TableTag } from "./tag-table";
import { queueStateSave } from "./workbook-state";

export interface TagChanges {
  /** Tags to add or move (accepted tables). */
  add: readonly TableTag[];
  /** Tag ids to delete (tables no longer accepted). */
  remove: readonly string[];
}

export async function saveSessionWithTags(
  state: WorkbookState,
  tags: TagChanges,
  excel: ExcelRunner = defaultExcel(),
): Promise<void> {
  await withTypedErrors(() =>
    excel.run(async (context) => {
      const applyTags = queueTagChanges(context, tags.add, tags.remove);
      const saveState = queueStateSave(context, state);
      await context.sync();
      applyTags();
      saveState();
      await context.sync();
    }),
  );
}
