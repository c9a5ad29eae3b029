/** The task pane as a plain web page: a local file read in the browser, results downloaded. */
import { readWorkbookBytes } from "@gapmap/core/readers";
import { HostError, type Host, type LoadedWorkbook, type WorkbookProgress } from "./host";
import { saveFileWithLink } from "./save-file";

export const NO_FILE_MESSAGE = "Choose a workbook file first.";

/** File → bytes; split out so tests can read files without a real browser File. */
async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export async function readLocalWorkbook(
  file: File,
  onProgress: (progress: WorkbookProgress) => void,
): Promise<LoadedWorkbook> {
  const bytes = await fileBytes(file);
  const result = readWorkbookBytes(bytes, file.name, {
    onProgress: (p) => {
      onProgress(
        p.sheetName === undefined
          ? { fraction: p.fraction }
          : { fraction: p.fraction, sheetName: p.sheetName },
      );
    },
  });
  if (!result.ok) throw new HostError(result.error.message);
  return { fileName: file.name, sheets: result.sheets, warnings: result.warnings };
}

export function createWebHost(): Host {
  return {
    kind: "web",
    async readWorkbook(file, onProgress) {
      if (file === undefined) throw new HostError(NO_FILE_MESSAGE);
      return readLocalWorkbook(file, onProgress);
    },
    // The pane highlights the table itself; there is no spreadsheet to select in.
    showRange: () => Promise.resolve(),
    saveFile: saveFileWithLink,
  };
}
