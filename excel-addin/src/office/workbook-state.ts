/**
 * Keeps the saved session (state-schema.ts) inside the workbook as one custom XML part in our
 * namespace, so whoever opens the file next sees the same state. The JSON sits in a CDATA section.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { withTypedErrors } from "./office-errors";
import {
  STATE_SCHEMA_VERSION,
  stateFromJson,
  stateToJson,
  WorkbookStateError,
  type WorkbookState,
} from "./state-schema";

export const STATE_NAMESPACE = "urn:gapmap:workbook-state:v1";
export { STATE_SCHEMA_VERSION };

/** `>` only occurs inside JSON strings, so escaping it keeps "]]>" out of the CDATA section. */
export function stateToXml(state: WorkbookState): string {
  const json = stateToJson(state).replaceAll(">", "\\u003e");
  return `<gapmapState xmlns="${STATE_NAMESPACE}"><![CDATA[${json}]]></gapmapState>`;
}

export function stateFromXml(xml: string): WorkbookState {
  const match = /<!\[CDATA\[([\s\S]*)\]\]>/.exec(xml);
  if (match?.[1] === undefined) throw new WorkbookStateError("corrupt", "state part holds no JSON");
  return stateFromJson(match[1]);
}

/**
 * Queues the lookup of our part; the returned function queues the write once the lookup has
 * synced. Split so a confirmation can tag a table and save state in the same two syncs.
 */
export function queueStateSave(context: Excel.RequestContext, state: WorkbookState): () => void {
  const xml = stateToXml(state);
  const parts = context.workbook.customXmlParts;
  const existing = parts.getByNamespace(STATE_NAMESPACE).getOnlyItemOrNullObject();
  return () => {
    if (existing.isNullObject) parts.add(xml);
    else existing.setXml(xml);
  };
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
  await withTypedErrors(() =>
    excel.run(async (context) => {
      const write = queueStateSave(context, state);
      await context.sync();
      write();
      await context.sync();
    }),
  );
}
