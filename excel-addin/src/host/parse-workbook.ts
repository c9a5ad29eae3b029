/**
 * Parses workbook bytes in a Web Worker when the browser has them, on the page otherwise (or when
 * the worker cannot start, e.g. a policy blocks it). Same result and progress either way.
 */
import type { ReadProgress, WorkbookReadResult } from "@gapmap/core/readers";
import type { ParseMessage, ParseRequest } from "./parse-protocol";

export type ParsedIn = "worker" | "main-thread";

export interface ParseOutcome {
  result: WorkbookReadResult;
  parsedIn: ParsedIn;
}

export type WorkerFactory = () => Worker;

/** Vite bundles the worker from this URL pattern; it must stay literal. */
export const defaultWorkerFactory: WorkerFactory = () =>
  new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module" });

/** The readers (SheetJS and friends) come to the page only when no worker can take the file. */
export async function parseOnMainThread(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (progress: ReadProgress) => void,
): Promise<ParseOutcome> {
  const { readWorkbookBytes } = await import("@gapmap/core/readers");
  return { result: readWorkbookBytes(bytes, fileName, { onProgress }), parsedIn: "main-thread" };
}

/** The user stopped the read; the worker was stopped with it. */
export class ParseAborted extends Error {
  override readonly name = "ParseAborted";
  constructor() {
    super("The read was cancelled.");
  }
}

/** Rejects with `startFailed` true when the worker died before saying anything. */
function parseInWorker(
  worker: Worker,
  bytes: Uint8Array,
  fileName: string,
  onProgress: (progress: ReadProgress) => void,
  signal: AbortSignal | undefined,
): Promise<WorkbookReadResult> {
  return new Promise((resolve, reject) => {
    let heardFrom = false;
    // Cancel stops the parse itself, not only the wait for it: a 20 MB file keeps a core busy.
    signal?.addEventListener("abort", () => {
      worker.terminate();
      reject(Object.assign(new ParseAborted(), { heardFrom: true }));
    });
    worker.addEventListener("message", (event: MessageEvent<ParseMessage>) => {
      heardFrom = true;
      const message = event.data;
      if (message.type === "progress") onProgress(message.progress);
      else if (message.type === "done") resolve(message.result);
      else reject(new Error(message.message));
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      reject(Object.assign(new Error(event.message || "the parse worker failed"), { heardFrom }));
    });
    const copy = bytes.slice().buffer;
    const request: ParseRequest = { fileName, bytes: copy };
    worker.postMessage(request, [copy]);
  });
}

/** `createWorker`: undefined → a worker when the browser has them; null → on the page. */
export async function parseWorkbook(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (progress: ReadProgress) => void,
  createWorker?: WorkerFactory | null,
  signal?: AbortSignal,
): Promise<ParseOutcome> {
  if (signal?.aborted === true) throw new ParseAborted();
  const factory =
    createWorker === undefined
      ? typeof Worker === "undefined"
        ? null
        : defaultWorkerFactory
      : createWorker;
  let worker: Worker | undefined;
  try {
    worker = factory?.();
  } catch {
    worker = undefined; // e.g. a Content-Security-Policy without worker-src
  }
  if (worker === undefined) return parseOnMainThread(bytes, fileName, onProgress);
  try {
    return {
      result: await parseInWorker(worker, bytes, fileName, onProgress, signal),
      parsedIn: "worker",
    };
  } catch (error) {
    const heardFrom = typeof error === "object" && error !== null && "heardFrom" in error;
    if (heardFrom && error.heardFrom === true) throw error;
    return await parseOnMainThread(bytes, fileName, onProgress);
  } finally {
    worker.terminate();
  }
}
