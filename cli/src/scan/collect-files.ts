/**
 * Turns the paths given to `gapmap scan` into the list of files to read. Files named on the
 * command line are always read; folders are walked (in name order, so output is stable) for
 * spreadsheets, leaving out Office lock files and hidden entries, and applying the
 * --include/--exclude globs to paths relative to the folder.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, sep } from "node:path";
import picomatch from "picomatch";

export const SPREADSHEET_EXTENSIONS = [".xlsx", ".xls", ".ods", ".csv"] as const;

export interface SkippedFile {
  path: string;
  reason: "office-lock-file" | "hidden";
}

export interface CollectedFiles {
  files: string[];
  /** Entries left out that look like data a user might expect to see scanned. */
  skipped: SkippedFile[];
  /** Spreadsheets in folders that the --include/--exclude globs left out. */
  excludedByGlob: number;
}

export interface CollectOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

export const SKIP_REASONS: Record<SkippedFile["reason"], string> = {
  "office-lock-file": "an Office lock file (the workbook is open somewhere)",
  hidden: "a hidden file or folder",
};

function isSpreadsheet(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return SPREADSHEET_EXTENSIONS.some((e) => e === ext);
}

function skipReason(name: string): SkippedFile["reason"] | undefined {
  if (name.startsWith("~$")) return "office-lock-file";
  if (name.startsWith(".")) return "hidden";
  return undefined;
}

/** Globs always use "/", whatever the platform's separator. */
function globPath(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}

async function walk(
  root: string,
  dir: string,
  accept: (relPath: string) => boolean,
  out: CollectedFiles,
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".")) out.skipped.push({ path, reason: "hidden" });
      else await walk(root, path, accept, out);
      continue;
    }
    if (!entry.isFile() || !isSpreadsheet(entry.name)) continue;
    const reason = skipReason(entry.name);
    if (reason) out.skipped.push({ path, reason });
    else if (accept(globPath(root, path))) out.files.push(path);
    else out.excludedByGlob++;
  }
}

export async function collectFiles(
  paths: readonly string[],
  options: CollectOptions = {},
): Promise<CollectedFiles> {
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : null;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : null;
  const accept = (rel: string) => (include ? include(rel) : true) && !(exclude?.(rel) ?? false);
  const out: CollectedFiles = { files: [], skipped: [], excludedByGlob: 0 };
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // A missing path is left to the reader, which reports it like any unreadable file.
    }
    if (isFolder) await walk(path, path, accept, out);
    else if (skipReason(basename(path)) === "office-lock-file")
      out.skipped.push({ path, reason: "office-lock-file" });
    else out.files.push(path);
  }
  return out;
}
