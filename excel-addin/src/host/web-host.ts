/** The task pane as a plain web page: a local file read in the browser, results downloaded. */
import { loadStoredState, saveStoredState, stateKeyForFile } from "./browser-state-store";
import { HostError, type Host, type LoadedWorkbook, type WorkbookProgress } from "./host";
import { parseWorkbook, type WorkerFactory } from "./parse-workbook";
import { saveFileWithLink } from "./save-file";

export const NO_FILE_MESSAGE = "Choose a workbook file first.";

export interface WebHostOptions {
  /** Where sessions are kept; localStorage by default, absent when the browser has none. */
  storage?: Storage | undefined;
  /** Default: a Web Worker when the browser has them; null: parse on the page. */
  createWorker?: WorkerFactory | null;
}

export async function readLocalWorkbook(
  file: File,
  onProgress: (progress: WorkbookProgress) => void,
  createWorker?: WorkerFactory | null,
): Promise<LoadedWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { result, parsedIn } = await parseWorkbook(
    bytes,
    file.name,
    (p) => {
      onProgress(
        p.sheetName === undefined
          ? { fraction: p.fraction }
          : { fraction: p.fraction, sheetName: p.sheetName },
      );
    },
    createWorker,
  );
  // The reader's code travels as the cause, so the pane can word the message in its language.
  if (!result.ok) throw new HostError(result.error.message, { cause: result.error });
  return {
    fileName: file.name,
    sheets: result.sheets,
    warnings: result.warnings,
    stateKey: stateKeyForFile(file),
    parsedIn,
  };
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

export function createWebHost(options: WebHostOptions = {}): Host {
  const storage = "storage" in options ? options.storage : browserStorage();
  const { createWorker } = options;
  return {
    kind: "web",
    stateStore: "browser",
    startupProblem: () => undefined,
    async readWorkbook(file, onProgress) {
      if (file === undefined) throw new HostError(NO_FILE_MESSAGE);
      return readLocalWorkbook(file, onProgress, createWorker);
    },
    loadState: (key) =>
      new Promise((resolve) => {
        resolve(storage ? loadStoredState(storage, key) : { status: "none" });
      }),
    saveState: (key, state) =>
      // Inside the promise, so a full storage rejects it instead of throwing at the caller.
      new Promise<undefined>((resolve) => {
        if (storage) saveStoredState(storage, key, state);
        resolve(undefined);
      }),
    // Nothing is tagged in a file the browser only reads.
    locateTags: () => Promise.resolve(new Map()),
    // The pane highlights the table itself; there is no spreadsheet to select in.
    showRange: () => Promise.resolve(),
    saveFile: saveFileWithLink,
  };
}
