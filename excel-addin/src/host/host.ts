/**
 * What the task pane needs from where it runs. The Office host reads and writes the open
 * workbook through the adapter; the web host reads a local file in the browser.
 */
import type { Grid } from "@gapmap/core";
import type { SheetModel, WriteResult } from "../office/index";

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
}

/** A failure the user can act on; `userMessage` is shown as is. */
export class HostError extends Error {
  override readonly name = "HostError";
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export interface Host {
  readonly kind: "office" | "web";
  /** Office: the open workbook (file ignored). Web: the picked file, read locally. */
  readWorkbook(
    file: File | undefined,
    onProgress: (progress: WorkbookProgress) => void,
  ): Promise<LoadedWorkbook>;
  /** Office: selects the range in Excel. Web: nothing to do (the pane highlights it). */
  showRange(sheet: string, range: string): Promise<void>;
  /** Only the Office host can write into the workbook. */
  writeSheets?: (models: SheetModel[], replaceOurSheets: boolean) => Promise<WriteResult>;
  /** Offers bytes or text to the user as a downloaded file. */
  saveFile(fileName: string, content: Uint8Array | string, mimeType: string): void;
}
