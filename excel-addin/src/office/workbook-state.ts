/**
 * Gapmap's state saved inside the workbook (needs profile, inventory, table confirmations) as one
 * custom XML part in our namespace. The JSON sits in a CDATA section; it is validated with zod on
 * every read because the file may have been edited or written by an older version.
 */
import { inventorySchema } from "@gapmap/core";
import { z } from "zod";
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { withTypedErrors } from "./office-errors";

export const STATE_NAMESPACE = "urn:gapmap:workbook-state:v1";
export const STATE_SCHEMA_VERSION = 1;

export const confirmationSchema = z.strictObject({
  /** The table's tag; its named range is `gapmap_<id>`. */
  id: z.string().regex(/^[A-Za-z0-9_]{1,60}$/),
  sheet: z.string(),
  address: z.string(),
  indicatorIds: z.array(z.string()),
  confirmedAt: z.string(),
});
export type Confirmation = z.infer<typeof confirmationSchema>;

export const workbookStateSchema = z.strictObject({
  schemaVersion: z.literal(STATE_SCHEMA_VERSION),
  // The needs-profile schema is still being written in core; any JSON until then.
  needsProfile: z.json().optional(),
  inventory: inventorySchema.optional(),
  confirmations: z.array(confirmationSchema),
});
export type WorkbookState = z.infer<typeof workbookStateSchema>;

export class WorkbookStateError extends Error {
  override readonly name = "WorkbookStateError";
  readonly userMessage =
    "Gapmap's saved data in this workbook is damaged or from a newer version; it was not loaded.";
}

/** `>` only occurs inside JSON strings, so escaping it keeps "]]>" out of the CDATA section. */
export function stateToXml(state: WorkbookState): string {
  const json = JSON.stringify(workbookStateSchema.parse(state)).replaceAll(">", "\\u003e");
  return `<gapmapState xmlns="${STATE_NAMESPACE}"><![CDATA[${json}]]></gapmapState>`;
}

export function stateFromXml(xml: string): WorkbookState {
  const match = /<!\[CDATA\[([\s\S]*)\]\]>/.exec(xml);
  let raw: unknown;
  try {
    raw = JSON.parse(match?.[1] ?? "") as unknown;
  } catch (error) {
    throw new WorkbookStateError("state part holds no JSON", { cause: error });
  }
  const parsed = workbookStateSchema.safeParse(raw);
  if (!parsed.success) throw new WorkbookStateError(parsed.error.message, { cause: parsed.error });
  return parsed.data;
}

/** The saved state, or undefined when this workbook has none yet. Two syncs. */
export async function loadWorkbookState(
  excel: ExcelRunner = defaultExcel(),
): Promise<WorkbookState | undefined> {
  return withTypedErrors(() =>
    excel.run(async (context) => {
      const part = context.workbook.customXmlParts
        .getByNamespace(STATE_NAMESPACE)
        .getOnlyItemOrNullObject();
      await context.sync();
      if (part.isNullObject) return undefined;
      const xml = part.getXml();
      await context.sync();
      return stateFromXml(xml.value);
    }),
  );
}

/** Saves the state, replacing our earlier part in place. Two syncs. */
export async function saveWorkbookState(
  state: WorkbookState,
  excel: ExcelRunner = defaultExcel(),
): Promise<void> {
  const xml = stateToXml(state);
  await withTypedErrors(() =>
    excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const existing = parts.getByNamespace(STATE_NAMESPACE).getOnlyItemOrNullObject();
      await context.sync();
      if (existing.isNullObject) parts.add(xml);
      else existing.setXml(xml);
      await context.sync();
    }),
  );
}
