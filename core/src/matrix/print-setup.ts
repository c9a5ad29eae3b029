/**
 * Print setup shared by the workbook's sheets: paper, orientation, one page wide, repeated
 * header rows, a header and footer (profile, date, "Page x of y"), and row heights computed from
 * wrapped text, since exceljs does not autofit rows and Excel and LibreOffice keep stored heights.
 */
import type ExcelJS from "exceljs";
import { PAPER_POINTS, type PaperSize } from "../layout/paper";
import { wrapText, textWidth, type FontSpec } from "../layout/text-width";

export interface PrintOptions {
  paper: PaperSize;
  profileName: string;
  /** ISO date of the assessment, printed in the header. */
  date: string;
}

/** Inches, as exceljs takes them: narrow sides leave room for columns, top and bottom for header and footer. */
const MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** The smallest body text allowed on paper, in points, and the body font size of the sheets. */
export const MIN_PRINTED_POINTS = 8;
export const BODY_POINTS = 11;
/**
 * Points per column width unit at 100 %. LibreOffice draws a unit as the digit width of its
 * default font (DejaVu Sans 11 pt where Calibri is missing: 7 pt, measured in its PDFs), which
 * sets how wide a sheet prints. Excel gives 7 px + 5 px padding (5.25 pt + 3.75 pt) of Calibri,
 * about 6.5 pt of DejaVu text: the narrower of the two decides where text wraps.
 */
const PRINTED_POINTS_PER_UNIT = 7;
const WRAPPING_POINTS_PER_UNIT = 6.5;
/** Space a cell keeps free around its text, in points. */
const CELL_PADDING_POINTS = 4;
/** Line height as a multiple of the font size (LibreOffice 1.16, Excel about 1.22). */
const LINE_HEIGHT = 1.25;
const ROW_PADDING_POINTS = 3;
const DEFAULT_COLUMN_WIDTH = 9.14;

/** Excel's paper-size code for A4 (exceljs's PaperSize.A4, a const enum). */
const EXCEL_A4 = 9;

/** exceljs types cell styles as always present; on unstyled cells they are undefined. */
interface CellStyle {
  font?: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
}
const styleOf = (cell: ExcelJS.Cell): CellStyle => cell;

export type Orientation = "portrait" | "landscape";

/** The width a column takes on paper at 100 %, in LibreOffice (the wider of the two). */
export function columnPoints(width: number | undefined): number {
  return (width ?? DEFAULT_COLUMN_WIDTH) * PRINTED_POINTS_PER_UNIT;
}

/** The width of text that fits on one line of a column. */
function columnTextPoints(width: number | undefined): number {
  return (width ?? DEFAULT_COLUMN_WIDTH) * WRAPPING_POINTS_PER_UNIT - CELL_PADDING_POINTS;
}

/** A print area as exceljs must be given it: it prefixes "$" to each corner itself. */
export function printArea(lastColumn: string, lastRow: number): string {
  return `A$1:${lastColumn}$${lastRow}`;
}

/** The width a sheet may have at 100 % and still print one page wide with text ≥ 8 pt. */
export function printableSheetPoints(paper: PaperSize, orientation: Orientation): number {
  const page = PAPER_POINTS[paper];
  const pageWidth = orientation === "landscape" ? page.height : page.width;
  const printable = pageWidth - (MARGINS.left + MARGINS.right) * 72;
  return printable / (MIN_PRINTED_POINTS / BODY_POINTS);
}

/** "&" starts a code in Excel header text; a literal one is written twice. */
function headerText(text: string): string {
  return text.replaceAll("&", "&&");
}

export function pageSetup(
  sheetTitle: string,
  options: PrintOptions,
  layout: { orientation: Orientation; titleRows?: string; printArea?: string },
): { pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } {
  const header = `&L${headerText(`${sheetTitle} — ${options.profileName}`)}&R${headerText(options.date)}`;
  const footer = `&LGapmap&RPage &P of &N`;
  return {
    pageSetup: {
      // exceljs writes Letter when paperSize is left out.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- a const enum: not importable under isolatedModules
      ...(options.paper === "a4" ? { paperSize: EXCEL_A4 } : {}),
      orientation: layout.orientation,
      fitToPage: true,
      fitToWidth: 1,
      // 0 = as many pages tall as needed.
      fitToHeight: 0,
      margins: MARGINS,
      ...(layout.titleRows === undefined ? {} : { printTitlesRow: layout.titleRows }),
      ...(layout.printArea === undefined ? {} : { printArea: layout.printArea }),
    },
    headerFooter: { oddHeader: header, oddFooter: footer },
  };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  return cell.text;
}

/** Height in points that `cell`'s text needs in its column. */
function neededHeight(
  cell: ExcelJS.Cell,
  columnWidth: number | undefined,
  defaultFont: FontSpec,
): number {
  const text = cellText(cell);
  if (text === "") return 0;
  const { font: cellFont, alignment } = styleOf(cell);
  const font: FontSpec = {
    size: cellFont?.size ?? defaultFont.size,
    bold: defaultFont.bold === true || cellFont?.bold === true,
  };
  const line = font.size * LINE_HEIGHT;
  const rotation = alignment?.textRotation;
  if (rotation === 90 || rotation === -90) {
    const longest = Math.max(...text.split(/\s+/).map((word) => textWidth(word, font)));
    const lines = alignment?.wrapText === true ? text.split("\n") : [text];
    const width = Math.max(longest, ...lines.map((l) => textWidth(l, font)));
    return width + 2 * CELL_PADDING_POINTS;
  }
  const available = columnTextPoints(columnWidth);
  const lines =
    alignment?.wrapText === true ? wrapText(text, available, font).length : text.split("\n").length;
  return lines * line + ROW_PADDING_POINTS;
}

/**
 * Wraps every text cell from `fromRow` down (so no text runs into its neighbour) and sets each
 * row's height from the cell whose wrapped text needs the most lines.
 */
export function fitRowHeights(
  sheet: ExcelJS.Worksheet,
  fromRow: number,
  options: { wrap?: boolean; boldRows?: readonly number[] } = {},
): void {
  const wrap = options.wrap ?? true;
  for (let r = fromRow; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    // Table headers are bold through the table style, which cell fonts do not show.
    const bold = options.boldRows?.includes(r) ?? false;
    let height = BODY_POINTS * LINE_HEIGHT + ROW_PADDING_POINTS;
    row.eachCell((cell, column) => {
      if (wrap && typeof cell.value === "string") {
        cell.alignment = { vertical: "top", ...cell.alignment, wrapText: true };
      } else if (styleOf(cell).alignment?.vertical === undefined) {
        cell.alignment = { ...cell.alignment, vertical: "top" };
      }
      const rowFont = row.font as Partial<ExcelJS.Font> | undefined;
      height = Math.max(
        height,
        neededHeight(cell, sheet.getColumn(column).width, {
          size: rowFont?.size ?? BODY_POINTS,
          bold: bold || (rowFont?.bold ?? false),
        }),
      );
    });
    row.height = Math.ceil(height);
  }
}
