/**
 * A worker thread of `gapmap scan --jobs N`: scans the files the main thread sends, one at a
 * time, and posts each result back with the index it came with (the main thread keeps order).
 */
import { parentPort } from "node:worker_threads";
import { scanOneFile } from "./scan-one-file";

export interface ScanJob {
  index: number;
  file: string;
}

const port = parentPort;
if (!port) throw new Error("scan-worker runs only as a worker thread.");
port.on("message", (job: ScanJob) => {
  // Messages come only from our own main thread (scan-pool.ts), never from outside.
  void scanOneFile(job.file).then((result) => {
    port.postMessage({ index: job.index, result });
  });
});
