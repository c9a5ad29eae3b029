/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote,
 * line break or surrounding space. Written with a UTF-8 byte-order mark so Excel opens
 * Cyrillic and Arabic text correctly; the mark is optional on the way in. Cells that a
 * spreadsheet would run as a formula are neutralised on the way out and restored on the way in
 * (csv-cell-safety.ts).
 */
import { neutraliseCsvCell, restoreCsvCell } from "./csv-cell-safety";

const BYTE_ORDER_MARK = "\uFEFF";
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;

function quoteField(value: string): string {
  const field = neutraliseCsvCell(value);
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(quoteField).join(",") + "\r\n").join("");
}

export type CsvReadResult =
  { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

/**
 * Splits CSV text into rows of fields; fails on a stray or unterminated quote. The separator
 * is a comma unless told otherwise (Excel in many European locales saves with semicolons).
 */
export function readCsv(text: string, separator: "," | ";" | "\t" = ","): CsvReadResult {
  const input = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let i = 0;
  const endField = () => {
    row.push(restoreCsvCell(field));
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const char = input.charAt(i);
    if (char === '"' && field === "") {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= input.length)
          return { ok: false, line: quoteLine, message: "quoted field never closed" };
        const inner = input.charAt(i);
        if (inner === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (inner === "\n") line++;
        field += inner;
        i++;
      }
      const after = input[i];
      if (after !== undefined && after !== separator && after !== "\r" && after !== "\n") {
        return {
          ok: false,
          line,
          message: "text after a closing quote (quotes inside a field must be doubled)",
        };
      }
      continue;
    }
    if (char === separator) {
      endField();
    } else if (char === "\r" && input[i + 1] === "\n") {
      endRow();
      line++;
      i++;
    } else if (char === "\n") {
      endRow();
      line++;
    } else if (char === '"') {
      return { ok: false, line, message: "quote inside an unquoted field" };
    } else {
      field += char;
    }
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return { ok: true, rows };
}
