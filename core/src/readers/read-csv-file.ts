/** Delimited text files to a one-sheet result: decode, sniff the delimiter, type the cells. */
import type { Grid } from "../grid/grid";
import { delimiterConsistency, sniffDelimiter } from "./csv-delimiter";
import { csvTextToGrid } from "./csv-grid";
import { decodeText } from "./detect-encoding";
import { ReaderError, readerMessages } from "./reader-errors";
import type { ReadProgress } from "./read-result";

/** Without a table-like extension, text counts as a table only when this many records agree. */
const MIN_TABLE_CONSISTENCY = 0.6;

export interface CsvReadOutcome {
  sheet: Grid;
  encoding: string;
  warnings: string[];
}

export interface CsvReadInput {
  buf: Uint8Array;
  fileLabel: string;
  sheetName: string;
  /** True for .csv/.tsv names, which are tables even with a single column. */
  declaredDelimited: boolean;
  onProgress: (info: ReadProgress) => void;
}

export function readCsv(input: CsvReadInput): CsvReadOutcome {
  const { buf, fileLabel } = input;
  input.onProgress({ stage: "parsing", fraction: 0 });
  const decoded = decodeText(buf);
  if (decoded.text.trim() === "") {
    throw new ReaderError("empty-workbook", readerMessages.emptyWorkbook(fileLabel));
  }
  const delimiter = sniffDelimiter(decoded.text);
  const tabular =
    input.declaredDelimited ||
    (delimiter !== undefined &&
      delimiterConsistency(decoded.text, delimiter) >= MIN_TABLE_CONSISTENCY);
  if (!tabular) {
    throw new ReaderError("not-a-spreadsheet", readerMessages.notASpreadsheet(fileLabel));
  }
  const { grid, warnings } = csvTextToGrid(decoded.text, {
    name: input.sheetName,
    delimiter,
    onRows: (rowsRead, fraction) => {
      input.onProgress({ stage: "parsing", fraction, rowsRead });
    },
  });
  if (!decoded.confident) {
    warnings.unshift(
      `The text encoding could not be identified, so the file was read as ${decoded.encoding}; if letters look wrong, re-save it as UTF-8 and scan again.`,
    );
  }
  return { sheet: grid, encoding: decoded.encoding, warnings };
}
