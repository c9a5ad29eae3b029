/** The task pane as a plain web page: a local file read in the browser, results downloaded. */
import { HostError, type Host, type LoadedWorkbook, type WorkbookProgress } from "./host";
import { parseWorkbook, type WorkerFactory } from "./parse-workbook";
import { readFileBytes } from "./read-file-bytes";

/** Sessions are checked against their schema (zod): loaded with the first scan, not the pane. */
const stateStore = () => import("./browser-state-store");

/**
 * The part of the bar for reading the file's bytes, before the parse: about what it takes of a
 * 20 MB .xlsx read from a local disk (more on a network drive, where it matters most).
 */
const FILE_READ_SHARE = 0.1;

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
  signal?: AbortSignal,
): Promise<LoadedWorkbook> {
  // The bar moves while the bytes come in; the parse worker starts meanwhile.
  const bytes = readFileBytes(
    file,
    (f) => {
      onProgress({ fraction: f * FILE_READ_SHARE });
    },
    signal,
  );
  const { result, parsedIn } = await parseWorkbook(
    bytes,
    file.name,
    (p) => {
      const fraction = FILE_READ_SHARE + p.fraction * (1 - FILE_READ_SHARE);
      onProgress(p.sheetName === undefined ? { fraction } : { fraction, sheetName: p.sheetName });
    },
    createWorker,
    signal,
  );
  // The reader's code travels as the cause, so the pane can word the message in its language.
  if (!result.ok) throw new HostError(result.error.message, { cause: result.error });
  return {
    fileName: file.name,
    sheets: result.sheets,
    warnings: result.warnings,
    ...(result.properties ? { properties: result.properties } : {}),
    stateKey: (await stateStore()).stateKeyForFile(file),
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
    async readWorkbook(file, onProgress, signal) {
      if (file === undefined) throw new HostError(NO_FILE_MESSAGE);
      return readLocalWorkbook(file, onProgress, createWorker, signal);
    },
    loadState: async (key) =>
      storage ? (await stateStore()).loadStoredState(storage, key) : { status: "none" },
    // Async, so a full storage rejects the promise instead of throwing at the caller.
    saveState: async (key, state) => {
      if (storage) (await stateStore()).saveStoredState(storage, key, state);
      return undefined;
    },
    // Nothing is tagged in a file the browser only reads.
    locateTags: () => Promise.resolve(new Map()),
    // The pane highlights the table itself; there is no spreadsheet to select in.
    showRange: () => Promise.resolve(),
    // Loaded with the first export (it shares a module with the Office export routes).
    saveFile: async (fileName, content, mimeType) =>
      (await import("./save-file")).saveFileWithLink(fileName, content, mimeType),
  };
}
