/**
 * Keeps the saved session (state-schema.ts) inside the workbook as a custom XML part in our
 * namespace, so whoever opens the file next sees the same state. The JSON sits in a CDATA
 * section and is read back with DOMParser (Excel may hand the part back re-serialised).
 *
 * There should be one part, but overlapping saves or two co-authors saving first can leave
 * several, and `getOnlyItemOrNullObject` is null unless exactly one matches [@types/office-js].
 * So every load and save reads all parts: load keeps the newest and deletes the others; save
 * merges what is stored with the pane's state (state-merge.ts) and leaves exactly one part.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { OfficeAdapterError, withTypedErrors } from "./office-errors";
import { PAYLOAD_BUDGET_BYTES } from "./payload-budget";
import { byAge, mergeStates, statesDiffer } from "./state-merge";
import {
  STATE_SCHEMA_VERSION,
  stateFromJson,
  stateToJson,
  WorkbookStateError,
  type WorkbookState,
} from "./state-schema";

export const STATE_NAMESPACE = "urn:gapmap:workbook-state:v1";
export { STATE_SCHEMA_VERSION };

/**
 * The largest state we save: its XML travels as a JSON string inside the request, so it is
 * measured escaped, and kept under the request budget (Excel on the web caps a request at 5 MB).
 */
export const MAX_STATE_REQUEST_BYTES = PAYLOAD_BUDGET_BYTES;

/** `>` only occurs inside JSON strings, so escaping it keeps "]]>" out of the CDATA section. */
export function stateToXml(state: WorkbookState): string {
  const json = stateToJson(state).replaceAll(">", "\\u003e");
  return `<gapmapState xmlns="${STATE_NAMESPACE}"><![CDATA[${json}]]></gapmapState>`;
}

/** The root element's text, however the JSON is stored (CDATA sections, escaped text). */
export function stateFromXml(xml: string): WorkbookState {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const root = document.documentElement;
  const broken = document.getElementsByTagName("parsererror").length > 0;
  if (broken || root.localName !== "gapmapState" || root.namespaceURI !== STATE_NAMESPACE)
    throw new WorkbookStateError("corrupt", "state part is not a gapmapState element");
  const json = root.textContent.trim();
  if (json === "") throw new WorkbookStateError("corrupt", "state part holds no JSON");
  return stateFromJson(json);
}

interface StoredPart {
  part: Excel.CustomXmlPart;
  read: { state: WorkbookState } | { error: WorkbookStateError };
}

/** Two syncs: the parts in our namespace, then their XML. */
async function readParts(context: Excel.RequestContext): Promise<StoredPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xml = parts.items.map((part) => ({ part, xml: part.getXml() }));
  await context.sync();
  return xml.map(({ part, xml: result }) => {
    try {
      return { part, read: { state: stateFromXml(result.value) } };
    } catch (error) {
      if (!(error instanceof WorkbookStateError)) throw error;
      return { part, read: { error } };
    }
  });
}

const readable = (parts: readonly StoredPart[]) =>
  parts.flatMap((p) => ("state" in p.read ? [{ part: p.part, state: p.read.state }] : []));

function newerError(parts: readonly StoredPart[]): WorkbookStateError | undefined {
  for (const { read } of parts)
    if ("error" in read && read.error.problem === "newer") return read.error;
  return undefined;
}

export interface LoadedState {
  state: WorkbookState;
  /** Several parts were found and they did not all say the same thing. */
  differed: boolean;
}

/** The saved state, or undefined when this workbook has none yet. Two syncs, three to tidy. */
export async function loadWorkbookState(
  excel: ExcelRunner = defaultExcel(),
): Promise<LoadedState | undefined> {
  return withTypedErrors(() =>
    excel.run(async (context) => {
      const parts = await readParts(context);
      if (parts.length === 0) return undefined;
      const newer = newerError(parts);
      if (newer) throw newer;
      const good = readable(parts);
      const newest = byAge(good.map((g) => g.state)).at(-1);
      if (newest === undefined) {
        const first = parts[0]?.read;
        throw first && "error" in first ? first.error : new WorkbookStateError("corrupt", "");
      }
      // Older readable copies go; unreadable ones stay until a save replaces them.
      const older = good.filter((g) => g.state !== newest);
      for (const { part } of older) part.delete();
      if (older.length > 0) await context.sync();
      return { state: newest, differed: statesDiffer(good.map((g) => g.state)) };
    }),
  );
}

export interface SavedState {
  /** What was saved: the pane's state merged with what co-authors had stored meanwhile. */
  state: WorkbookState;
  /** Several parts were found and they did not all say the same thing. */
  differed: boolean;
}

/**
 * Saves the state in its own batch: re-reads every stored part, merges, writes one part and
 * deletes the rest. Three syncs. A stored part from a newer Gapmap is never overwritten.
 */
export async function saveWorkbookState(
  state: WorkbookState,
  excel: ExcelRunner = defaultExcel(),
  now: () => Date = () => new Date(),
): Promise<SavedState> {
  return withTypedErrors(() =>
    excel.run(async (context) => {
      const parts = await readParts(context);
      const newer = newerError(parts);
      if (newer) throw newer;
      const stored = readable(parts).map((g) => g.state);
      const merged = { ...mergeStates(state, stored), savedAt: now().toISOString() };
      const xml = stateToXml(merged);
      const requestBytes = JSON.stringify(xml).length;
      if (requestBytes > MAX_STATE_REQUEST_BYTES)
        throw new OfficeAdapterError("state-too-large", `${requestBytes} bytes to save`);
      const [keep, ...extra] = parts;
      for (const { part } of extra) part.delete();
      if (keep) keep.part.setXml(xml);
      else context.workbook.customXmlParts.add(xml);
      await context.sync();
      return { state: merged, differed: statesDiffer(stored) };
    }),
  );
}
