/**
 * What the task pane needs from where it runs. The Office host reads and writes the open
 * workbook through the adapter; the web host reads a local file in the browser.
 */
import type { Grid } from "@gapmap/core";
import type { WorkbookProperties } from "@gapmap/core/readers";
import type {
  SheetModel,
  StateProblem,
  TagChanges,
  TagLocation,
  WorkbookState,
  WriteResult,
} from "../office/index";

export interface WorkbookProgress {
  /** 0..1 over the whole read. */
  fraction: number;
  sheetName?: string;
}

export interface LoadedWorkbook {
  /** File name (web) or a label for the open workbook (Office). */
  fileName: string;
  sheets: Grid[];
  warnings: string[];
  /** Which saved session belongs to this workbook (web: file name + size). */
  stateKey: string;
  /** The file's document properties (title, author, company), for first guesses. */
  properties?: WorkbookProperties;
  /** Web: whether a Web Worker parsed the file or, without workers, the page itself. */
  parsedIn?: "worker" | "main-thread";
}

/** What a host found where it keeps Gapmap's session for a workbook. */
export type StoredState =
  | { status: "none" }
  /** differed: several stored copies disagreed; the newest was kept (tell the user). */
  | { status: "loaded"; state: WorkbookState; differed?: boolean }
  | { status: "unreadable"; problem: StateProblem; userMessage: string };

/** What a save found: several stored copies that disagreed were merged into one (tell the user). */
export interface SaveReport {
  differed: boolean;
}

/** How an export reached the user: a download, a new Excel workbook, or the system browser. */
export type ExportRoute = "download" | "new-workbook" | "browser";

/** A failure the user can act on; `userMessage` is shown as is. */
export class HostError extends Error {
  override readonly name = "HostError";
  constructor(
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(userMessage, options);
  }
}

export interface Host {
  readonly kind: "office" | "web";
  /**
   * Office: the open workbook (file ignored). Web: the picked file, read locally; `signal`
   * stops the read (the web host stops its parse worker).
   */
  readWorkbook(
    file: File | undefined,
    onProgress: (progress: WorkbookProgress) => void,
    signal?: AbortSignal,
  ): Promise<LoadedWorkbook>;
  /** Office: selects the range in Excel. Web: nothing to do (the pane highlights it). */
  showRange(sheet: string, range: string): Promise<void>;
  /** Only the Office host can write into the workbook. */
  writeSheets?: (models: SheetModel[], replaceOurSheets: boolean) => Promise<WriteResult>;
  /** Where the session is kept: inside the workbook (Office) or in this browser (web). */
  readonly stateStore: "workbook" | "browser";
  /** Office: a message when this Excel cannot run Gapmap (requirement sets). Checked on start. */
  startupProblem(): string | undefined;
  /** The saved session; key is LoadedWorkbook.stateKey, or undefined before a scan. */
  loadState(key: string | undefined): Promise<StoredState>;
  /** Saves the session; the Office host then adds/removes table tags. One save at a time. */
  saveState(
    key: string | undefined,
    state: WorkbookState,
    tags: TagChanges,
  ): Promise<SaveReport | undefined>;
  /** Office: where tagged tables are now (a tag follows inserted rows). Web: nothing is tagged. */
  locateTags(ids: readonly string[]): Promise<Map<string, TagLocation>>;
  /** Offers bytes or text to the user as a file, by a route that works where the pane runs. */
  saveFile(
    fileName: string,
    content: Uint8Array | string,
    mimeType: string,
  ): ExportRoute | Promise<ExportRoute>;
}
