/**
 * Scans files into one report, in the order they were given; a bad file never stops the others.
 * With jobs > 1 this thread and jobs - 1 worker threads share the files; one job reads them all
 * in this thread.
 */
import { SCAN_REPORT_VERSION, type ScanFile, type ScanReport } from "@gapmap/core";
import { scanInPool, ScanAborted } from "./scan-pool";
import { scanOneFile, tableCount } from "./scan-one-file";

export interface ScanProgress {
  filesDone: number;
  fileCount: number;
  tablesFound: number;
  /** 0..1 over all files (within a file too, when reading in this thread). */
  fraction: number;
  /** The file being read, when reading in this thread. */
  label: string;
}

export interface ScanOptions {
  onProgress?: (p: ScanProgress) => void;
  /** Threads reading files: this one and jobs - 1 workers; 1 (the default) is this one alone. */
  jobs?: number;
  signal?: AbortSignal;
}

export async function scanFiles(
  files: readonly string[],
  options: ScanOptions = {},
): Promise<ScanReport> {
  const { onProgress = () => undefined, jobs = 1, signal } = options;
  let filesDone = 0;
  let tablesFound = 0;
  const fileDone = (result: ScanFile) => {
    filesDone++;
    tablesFound += tableCount(result);
    const fraction = filesDone / files.length;
    onProgress({ filesDone, fileCount: files.length, tablesFound, fraction, label: "" });
  };

  if (Math.min(jobs, files.length) > 1) {
    const results = await scanInPool(files, jobs, fileDone, signal);
    return { version: SCAN_REPORT_VERSION, files: results };
  }
  const out: ScanFile[] = [];
  for (const file of files) {
    if (signal?.aborted) throw new ScanAborted();
    const result = await scanOneFile(file, (within, label) => {
      onProgress({
        filesDone,
        fileCount: files.length,
        tablesFound,
        fraction: (filesDone + within) / files.length,
        label: `${file}: ${label}`,
      });
    });
    out.push(result);
    fileDone(result);
  }
  return { version: SCAN_REPORT_VERSION, files: out };
}
