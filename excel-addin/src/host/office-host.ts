/** The task pane inside Excel: everything goes through the Office adapter in src/office/. */
import {
  assertExcelApiSupported,
  locateTaggedTables,
  loadWorkbookState,
  OfficeAdapterError,
  readDocumentProperties,
  readWorkbookGrids,
  readWorkbookName,
  saveSessionWithTags,
  toOfficeAdapterError,
  WorkbookStateError,
  writeOurSheets,
  type ExcelRunner,
} from "../office/index";
import { HostError, type Host } from "./host";
import { saveFileInOffice, type OfficeEnvironment } from "./save-file";

export type { OfficeEnvironment };

/** What the host needs from the Office.js global, read once Office.onReady has fired. */
export function officeEnvironment(office: typeof Office, pageUrl: string): OfficeEnvironment {
  return {
    platform: String(office.context.platform),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    openBrowserWindow: (url) => {
      office.context.ui.openBrowserWindow(url);
    },
    pageUrl,
  };
}

/** The open workbook has one session, whatever it is called. */
export const OFFICE_STATE_KEY = "workbook";

/** An adapter failure as a HostError with its user message; anything else untouched. */
export function toHostError(error: unknown): unknown {
  const typed = toOfficeAdapterError(error);
  if (typed instanceof OfficeAdapterError || typed instanceof WorkbookStateError)
    return new HostError(typed.userMessage, { cause: typed });
  return typed;
}

/** Every adapter failure reaches the pane as its user message. */
export async function withUserMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error);
  }
}

/**
 * `excel` is the Office.js global in production and the strict fake in tests; `env` carries
 * `Office.context` (requirement sets, platform, browser window). Saves run one at a time: an
 * autosave never overlaps the previous one.
 */
export function createOfficeHost(excel: ExcelRunner, env: OfficeEnvironment): Host {
  const { isSetSupported } = env;
  let saving: Promise<unknown> = Promise.resolve();
  return {
    kind: "office",
    stateStore: "workbook",
    startupProblem() {
      try {
        assertExcelApiSupported(isSetSupported);
        return undefined;
      } catch (error) {
        if (error instanceof OfficeAdapterError) return error.userMessage;
        throw error;
      }
    },
    readWorkbook: (_file, onProgress) =>
      withUserMessages(async () => {
        const sheets = await readWorkbookGrids({
          excel,
          onProgress: (p) => {
            onProgress({ fraction: p.total === 0 ? 1 : p.done / p.total, sheetName: p.sheetName });
          },
        });
        const properties = await readDocumentProperties(excel);
        const fileName = (await readWorkbookName(excel)) ?? "workbook";
        return {
          fileName,
          sheets,
          warnings: [],
          stateKey: OFFICE_STATE_KEY,
          properties,
        };
      }),
    async loadState() {
      try {
        const loaded = await loadWorkbookState(excel);
        return loaded === undefined
          ? { status: "none" }
          : { status: "loaded", state: loaded.state, differed: loaded.differed };
      } catch (error) {
        if (!(error instanceof WorkbookStateError)) throw toHostError(error);
        return { status: "unreadable", problem: error.problem, userMessage: error.userMessage };
      }
    },
    saveState(_key, state, tags) {
      const save = saving.then(() =>
        withUserMessages(async () => {
          const saved = await saveSessionWithTags(state, tags, excel);
          return { differed: saved.differed };
        }),
      );
      saving = save.catch(() => undefined);
      return save;
    },
    locateTags: (ids) => withUserMessages(() => locateTaggedTables(ids, excel)),
    showRange: (sheet, range) =>
      withUserMessages(() =>
        excel.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(range).select();
          await context.sync();
        }),
      ),
    writeSheets: (models, replaceOurSheets) =>
      withUserMessages(() => writeOurSheets(models, { excel, replaceOurSheets })),
    saveFile: (fileName, content, mimeType) =>
      withUserMessages(() =>
        saveFileInOffice(env, excel.createWorkbook?.bind(excel), fileName, content, mimeType),
      ),
  };
}
