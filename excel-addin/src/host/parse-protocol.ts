/** Messages between the page and the parse worker (both ours, so plain types, no schema). */
import type { ReadProgress, WorkbookReadResult } from "@gapmap/core/readers";

export interface ParseRequest {
  fileName: string;
  /** Transferred, not copied: the page does not need the bytes once the worker has them. */
  bytes: ArrayBuffer;
}

export type ParseMessage =
  | { type: "progress"; progress: ReadProgress }
  | { type: "done"; result: WorkbookReadResult }
  | { type: "failed"; message: string };
