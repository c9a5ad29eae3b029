/** `gapmap scan <files or folders...>`: find the indicator tables in workbooks and CSV files. */
import { availableParallelism } from "node:os";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";
import type { Io } from "../io";
import { progressBar } from "../progress";
import { writeFileAtomic } from "../write-file-atomic";
import { collectFiles, SKIP_REASONS, type CollectedFiles } from "../scan/collect-files";
import { scanProgressLabel } from "../scan/eta";
import { scanFiles } from "../scan/scan-files";
import { ScanAborted } from "../scan/scan-pool";
import { scanReportText } from "../scan/scan-text";

const USAGE = `Usage: gapmap scan <files or folders...> [--json] [--out FILE] [--jobs N]
  Reads .xlsx, .xls, .ods and .csv files and lists the indicator tables on every sheet:
  range, title, unit, indicators (best first), breakdowns, years and missing share.
  Folders are searched with their sub-folders; Office lock files (~$…) and hidden files are
  skipped, and each skip is reported.
  --json           print the machine-readable report
  --out FILE       write the report to FILE instead of standard output (never left half-written)
  --include GLOB   in folders, read only files whose path (relative to the folder) matches GLOB
  --exclude GLOB   in folders, leave out files whose path matches GLOB (both may be repeated)
  --jobs N         files read in parallel: this thread and N-1 worker threads (default: the
                   number of cores)
Exit codes: 0 every file was read; 1 some files failed (all are still reported); 2 wrong usage;
130 interrupted (Ctrl-C), nothing written.`;

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw usageError(`--jobs needs a whole number ≥ 1, not "${value}".`);
  return jobs;
}

function reportSkips(found: CollectedFiles, io: Io): void {
  for (const s of found.skipped) io.err(`skipped ${s.path}: ${SKIP_REASONS[s.reason]}\n`);
  if (found.excludedByGlob > 0)
    io.err(
      `${found.excludedByGlob} spreadsheet${found.excludedByGlob === 1 ? "" : "s"} left out by --include/--exclude\n`,
    );
}

/** Ctrl-C aborts the scan instead of killing the process, so nothing is left half-done. */
function abortOnInterrupt(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSigint = () => {
    controller.abort();
  };
  process.once("SIGINT", onSigint);
  return { signal: controller.signal, release: () => process.off("SIGINT", onSigint) };
}

export const scanCommand: Command = {
  name: "scan",
  summary: "find indicator tables in workbooks, CSV files and folders",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        out: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        jobs: { type: "string" },
      },
    });
    if (parsed.positionals.length === 0)
      throw usageError("scan needs at least one file or folder.");
    const jobs = parseJobs(parsed.values.jobs);
    // Installed first, so a Ctrl-C at any point from here stops cleanly.
    const interrupt = abortOnInterrupt();
    try {
      return await scanAndReport(parsed, jobs, interrupt.signal, io);
    } finally {
      interrupt.release();
    }
  },
};

async function scanAndReport(
  parsed: {
    positionals: string[];
    values: { json?: boolean; out?: string; include?: string[]; exclude?: string[] };
  },
  jobs: number,
  signal: AbortSignal,
  io: Io,
): Promise<number> {
  const found = await collectFiles(parsed.positionals, {
    ...(parsed.values.include ? { include: parsed.values.include } : {}),
    ...(parsed.values.exclude ? { exclude: parsed.values.exclude } : {}),
  });
  reportSkips(found, io);
  const files = found.files;
  if (files.length === 0) throw new CliError("found no .xlsx, .xls, .ods or .csv files to read.");

  const bar = progressBar(io);
  const started = Date.now();
  let report;
  try {
    report = await scanFiles(files, {
      jobs,
      signal,
      onProgress: (p) => {
        const label = scanProgressLabel(p, Date.now() - started);
        bar.update(p.fraction, p.label ? `${label} · ${p.label}` : label);
      },
    });
  } catch (error) {
    if (error instanceof ScanAborted) throw new CliError("interrupted; nothing was written.", 130);
    throw error;
  } finally {
    bar.done();
  }

  const text = parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : scanReportText(report);
  if (parsed.values.out === undefined) io.out(text);
  else {
    try {
      await writeFileAtomic(parsed.values.out, text);
    } catch (error) {
      throw new CliError(
        `could not write ${parsed.values.out}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    io.err(`Wrote the scan report to ${parsed.values.out}\n`);
  }
  const failed = report.files.filter((f) => !f.ok).length;
  if (failed > 0)
    io.err(
      `${failed} of ${files.length} file${files.length === 1 ? "" : "s"} could not be read.\n`,
    );
  return failed > 0 ? 1 : 0;
}
