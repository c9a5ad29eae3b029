/** Binary workbooks (.xlsx, .xls, .ods, SpreadsheetML 2003) through SheetJS, one Grid per sheet. */
import * as XLSX from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel.full.mjs";
import type { Grid } from "../grid/grid";
import { ReaderError, readerMessages } from "./reader-errors";
import type { ReadProgress, WorkbookProperties } from "./read-result";
import { readXlsxBySheet } from "./sheetjs-by-sheet";
import { sheetToGrid } from "./sheetjs-grid";

let codePagesSet = false;

/**
 * Legacy BIFF5 files store text in the workbook's code page (e.g. 1251); SheetJS needs the tables.
 * Set on first read, not on import, so the module has no side effects (package.json sideEffects).
 */
function setCodePages(): void {
  if (codePagesSet) return;
  XLSX.set_cptable(cptable);
  codePagesSet = true;
}

const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellNF: true,
  // Only values and formats are needed; skipping text, HTML, formulas and styles saves memory.
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  bookVBA: false,
};

/** Share of the progress bar given to parsing; converting sheets takes the rest. */
const PARSE_SHARE = 0.7;

export interface SheetJsReadOutcome {
  sheets: Grid[];
  warnings: string[];
  properties: WorkbookProperties;
}

/** Title, author and company, trimmed; empty ones left out. */
export function propertiesOf(props: XLSX.FullProperties | undefined): WorkbookProperties {
  const out: WorkbookProperties = {};
  const keep = (key: keyof WorkbookProperties, value: unknown) => {
    if (typeof value === "string" && value.trim() !== "") out[key] = value.trim();
  };
  keep("title", props?.Title);
  keep("author", props?.Author);
  keep("company", props?.Company);
  return out;
}

function parseWorkbook(buf: Uint8Array, fileLabel: string): XLSX.WorkBook {
  setCodePages();
  try {
    return XLSX.read(buf, PARSE_OPTIONS);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(text)) {
      throw new ReaderError("password-protected", readerMessages.passwordProtected(fileLabel));
    }
    throw new ReaderError("corrupt-file", readerMessages.corrupt(fileLabel));
  }
}

function missingSheetWarning(name: string): string {
  return `Sheet "${name}" is listed in the workbook but missing from the file; it was skipped.`;
}

/**
 * `.xlsx` packages are read sheet by sheet with progress (sheetjs-by-sheet.ts); when that way
 * fails (a damaged package), and for every other format, SheetJS reads the file in one call.
 */
export function readWithSheetJs(
  buf: Uint8Array,
  fileLabel: string,
  onProgress: (info: ReadProgress) => void,
  kind: "xlsx" | "other" = "other",
): SheetJsReadOutcome {
  if (kind === "xlsx") {
    setCodePages();
    try {
      const { sheets, missing, props } = readXlsxBySheet(buf, PARSE_OPTIONS, onProgress);
      return {
        sheets,
        warnings: missing.map(missingSheetWarning),
        properties: propertiesOf(props),
      };
    } catch {
      // Read it in one call below: SheetJS is more lenient, and its failures are worded.
    }
  }
  onProgress({ stage: "parsing", fraction: 0 });
  const workbook = parseWorkbook(buf, fileLabel);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const sheets: Grid[] = [];
  const warnings: string[] = [];
  const names = workbook.SheetNames;
  names.forEach((name, index) => {
    onProgress({
      stage: "converting",
      fraction: PARSE_SHARE + ((1 - PARSE_SHARE) * index) / names.length,
      sheetName: name,
    });
    const sheet = workbook.Sheets[name];
    if (!sheet) {
      warnings.push(missingSheetWarning(name));
      return;
    }
    if (sheet["!type"] === "chart") return;
    sheets.push(sheetToGrid(name, sheet, { date1904 }));
    // Drop SheetJS's cell objects as soon as the grid exists, to keep peak memory near one copy.
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete workbook.Sheets[name];
  });
  return { sheets, warnings, properties: propertiesOf(workbook.Props) };
}
