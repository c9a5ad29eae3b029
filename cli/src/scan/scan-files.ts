/** Reads each file, detects its tables, and collects one report; a bad file never stops the others. */
import {
  detectTables,
  toScanTable,
  type ScanFile,
  type ScanReport,
  SCAN_REPORT_VERSION,
} from "@gapmap/core";
import { readWorkbookFile } from "../readers/index";

export interface ScanProgress {
  fileIndex: number;
  fileCount: number;
  file: string;
  /** 0..1 within this file. */
  fraction: number;
  label: string;
}

/** Reading is most of the time for a file; detection is the rest. */
const READ_SHARE = 0.8;

export async function scanFiles(
  files: readonly string[],
  onProgress: (p: ScanProgress) => void = () => undefined,
): Promise<ScanReport> {
  const out: ScanFile[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const tick = (fraction: number, label: string) => {
      onProgress({ fileIndex, fileCount: files.length, file, fraction, label });
    };
    const read = await readWorkbookFile(file, {
      onProgress: (p) => {
        tick(p.fraction * READ_SHARE, p.sheetName ?? p.stage);
      },
    });
    if (!read.ok) {
      out.push({ file, ok: false, error: read.error, sheets: [] });
      continue;
    }
    const sheets = read.sheets.map((grid, i) => {
      tick(
        READ_SHARE + ((1 - READ_SHARE) * i) / read.sheets.length,
        `detecting tables: ${grid.name}`,
      );
      return { name: grid.name, tables: detectTables(grid).map(toScanTable) };
    });
    out.push({
      file,
      ok: true,
      ...(read.warnings.length > 0 ? { warnings: read.warnings } : {}),
      sheets,
    });
  }
  return { version: SCAN_REPORT_VERSION, files: out };
}
