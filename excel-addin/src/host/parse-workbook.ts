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

const cancelled = (signal: AbortSignal | undefined) => signal?.aborted === true;

/**
 * `createWorker`: undefined → a worker when the browser has them; null → on the page. `bytes` may
 * still be arriving: the worker starts (and loads the readers) while the file is read.
 */
export async function parseWorkbook(
  source: Uint8Array | Promise<Uint8Array>,
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
  if (worker === undefined) return parseOnMainThread(await source, fileName, onProgress);
  // A worker that fails to start while the file is still being read must not go unheard.
  const early = { failed: false };
  const onEarlyError = (event: Event) => {
    event.preventDefault();
    early.failed = true;
  };
  worker.addEventListener("error", onEarlyError);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source;
    worker.removeEventListener("error", onEarlyError);
    // The user may have cancelled while the file was being read (TS cannot see that: a function).
    if (cancelled(signal)) throw Object.assign(new ParseAborted(), { heardFrom: true });
    if (early.failed) return await parseOnMainThread(bytes, fileName, onProgress);
    return {
      result: await parseInWorker(worker, bytes, fileName, onProgress, signal),
      parsedIn: "worker",
    };
  } catch (error) {
    const heardFrom = typeof error === "object" && error !== null && "heardFrom" in error;
    // The file itself could not be read, or the worker said why it failed: nothing to retry.
    if (bytes === undefined || (heardFrom && error.heardFrom === true)) throw error;
    return await parseOnMainThread(bytes, fileName, onProgress);
  } finally {
    worker.terminate();
  }
}
