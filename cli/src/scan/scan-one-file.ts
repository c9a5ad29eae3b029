/** Reads one file and detects its tables; a file that cannot be read becomes an error entry. */
import { getCatalogueIndex } from "@gapmap/catalog";
import { detectWorkbookTables, toScanTable, type ScanFile } from "@gapmap/core";
import { readWorkbookFile } from "../readers/index";
import { scanRequestPack } from "./scan-request-pack";

/** Reading is most of the time for a file; detection is the rest. */
const READ_SHARE = 0.8;

/** Progress within one file: 0..1 and what is being done. */
export type FileProgress = (fraction: number, label: string) => void;

export async function scanOneFile(
  file: string,
  onProgress: FileProgress = () => undefined,
): Promise<ScanFile> {
  const read = await readWorkbookFile(file, {
    onProgress: (p) => {
      onProgress(p.fraction * READ_SHARE, p.sheetName ?? p.stage);
    },
  });
  if (!read.ok) return { file, ok: false, error: read.error, sheets: [] };
  const pack = await scanRequestPack(file, read.format, read.sheets);
  if (pack?.entry !== undefined) return pack.entry;
  // Sheets are read together: a notes sheet or the other tables can name a table (workbook-context).
  const bySheet = detectWorkbookTables(
    read.sheets,
    { index: getCatalogueIndex(), fileName: file },
    (grid, i) => {
      onProgress(
        READ_SHARE + ((1 - READ_SHARE) * i) / read.sheets.length,
        `detecting tables: ${grid.name}`,
      );
    },
  );
  const sheets = read.sheets.map((grid, i) => ({
    name: grid.name,
    tables: (bySheet[i] ?? []).map(toScanTable),
  }));
  return {
    file,
    ok: true,
    ...(read.warnings.length > 0 ? { warnings: read.warnings } : {}),
    ...(pack?.guessWarning === undefined ? {} : { dataRequestGuess: pack.guessWarning }),
    sheets,
  };
}

export function tableCount(file: ScanFile): number {
  return file.sheets.reduce((n, s) => n + s.tables.length, 0);
}
