/**
 * Spreads files over worker threads (scan-worker) and gathers the results in the order the
 * files were given, whatever order they finish in. Aborting terminates the workers at once.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ScanFile } from "@gapmap/core";
import type { ScanJob } from "./scan-worker";

interface WorkerReply {
  index: number;
  result: ScanFile;
}

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

export async function scanInWorkers(
  files: readonly string[],
  jobs: number,
  onFileDone: (result: ScanFile, index: number) => void,
  signal?: AbortSignal,
): Promise<ScanFile[]> {
  const results: (ScanFile | undefined)[] = new Array<ScanFile | undefined>(files.length);
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const fail = (error: unknown) => {
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      if (signal?.aborted) {
        reject(new ScanAborted());
        return;
      }
      signal?.addEventListener("abort", () => {
        reject(new ScanAborted());
      });
      const feed = (worker: Worker) => {
        const file = files[next];
        if (file === undefined) return;
        const job: ScanJob = { index: next++, file };
        worker.postMessage(job);
      };
      const count = Math.max(1, Math.min(jobs, files.length));
      for (let i = 0; i < count; i++) {
        const worker = startWorker();
        workers.push(worker);
        worker.on("error", fail);
        worker.on("message", (reply: WorkerReply) => {
          results[reply.index] = reply.result;
          onFileDone(reply.result, reply.index);
          if (++done === files.length) resolve();
          else feed(worker);
        });
        feed(worker);
      }
      if (files.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`no result came back for ${files[i] ?? `file ${i}`}`);
    return r;
  });
}
