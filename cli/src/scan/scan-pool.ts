/**
 * Scans files with this thread and `jobs - 1` worker threads (scan-worker), each taking files
 * from a shared work queue (work-queue.ts), and gathers the results in the order the files were
 * given, whatever order they finish in. Aborting stops this thread after its current file and
 * terminates the workers at once.
 *
 * Why this thread scans too: it has loaded the scanner already, and every extra thread pays a
 * set-up of its own (loading the bundle, building the catalogue index, V8 compiling the readers).
 * With `--jobs 2` as two workers beside an idle main thread, two cores were slower than one.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ScanFile } from "@gapmap/core";
import { scanOneFile } from "./scan-one-file";
import type { ScanJob } from "./scan-worker";
import { WorkQueue } from "./work-queue";

interface WorkerReply {
  index: number;
  result: ScanFile;
}

/**
 * Files a worker holds at once: the next one waits in its port while it reads the current one,
 * so it never idles while this thread is busy reading a file of its own and cannot answer.
 */
const WORKER_QUEUE = 2;

/**
 * The bundled scan-worker.js beside the bundle; or, when the CLI runs from its TypeScript
 * sources (development, tests), a small script that registers tsx and then loads the source.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./scan-worker.js", import.meta.url));
  // require.resolve finds tsx's CommonJS build of the API; its ES module build sits beside it.
  const tsx = createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const source = new URL("./scan-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((t) => { t.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

export class ScanAborted extends Error {
  constructor() {
    super("the scan was interrupted");
    this.name = "ScanAborted";
  }
}

export async function scanInPool(
  files: readonly string[],
  jobs: number,
  onFileDone: (result: ScanFile, index: number) => void,
  signal?: AbortSignal,
): Promise<ScanFile[]> {
  const results = new Array<ScanFile | undefined>(files.length);
  const threads = Math.max(1, Math.min(jobs, files.length));
  const queue = await WorkQueue.plan(files, threads);
  const workers: Worker[] = [];
  let stopped = false;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const stop = (error: unknown) => {
        stopped = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      if (signal?.aborted) {
        stop(new ScanAborted());
        return;
      }
      signal?.addEventListener("abort", () => {
        stop(new ScanAborted());
      });
      const finished = (index: number, result: ScanFile) => {
        if (stopped) return;
        results[index] = result;
        onFileDone(result, index);
        if (++done === files.length) resolve();
      };
      const feed = (worker: Worker, thread: number) => {
        const index = queue.take(thread);
        if (index === undefined || stopped) return;
        const job: ScanJob = { index, file: files[index] ?? "" };
        worker.postMessage(job);
      };

      // Thread 0 is this one; workers are 1 to threads - 1.
      for (let thread = 1; thread < threads; thread++) {
        const worker = startWorker();
        workers.push(worker);
        worker.on("error", stop);
        worker.on("exit", (code) => {
          if (!stopped && done < files.length)
            stop(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
        });
        worker.on("message", (reply: WorkerReply) => {
          finished(reply.index, reply.result);
          feed(worker, thread);
        });
        for (let k = 0; k < WORKER_QUEUE; k++) feed(worker, thread);
      }
      void (async () => {
        for (let index = queue.take(0); index !== undefined; index = queue.take(0)) {
          if (stopped) return;
          finished(index, await scanOneFile(files[index] ?? ""));
        }
      })().catch(stop);
      if (files.length === 0) resolve();
    });
  } finally {
    stopped = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`no result came back for ${files[i] ?? `file ${i}`}`);
    return r;
  });
}
