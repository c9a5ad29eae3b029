/**
 * Tables written as WordprocessingML text and put into the packed document in place of marker
 * paragraphs. The docx library's object model costs ~0.8 ms per table row (a 5,000-source
 * annex took 11 s); the same table as text takes milliseconds. The look matches docx-blocks.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Paragraph, TextRun } from "docx";
import { escapeXml } from "../matrix/xml-text";

const HEADER_FILL = "1F4E79";
const HEADER_TEXT = "FFFFFF";
/** Half-points. */
export const TABLE_SIZE = 17;
const MARKER = (n: number) => `@@gapmap-table-${n}@@`;
const DOCUMENT_PART = "word/document.xml";
const BORDER = `w:val="single" w:sz="4" w:space="0" w:color="808080"`;

/** The paragraph style of table text (size, no spacing), so cells need not repeat it. */
export const TABLE_TEXT_STYLE = "GapmapTableText";

function cellXml(text: string, width: number, header: boolean): string {
  const fill = header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/>` : "";
  const run = header ? `<w:rPr><w:b/><w:bCs/><w:color w:val="${HEADER_TEXT}"/></w:rPr>` : "";
  const paragraphs = text
    .split("\n")
    .map(
      (line) =>
        `<w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/></w:pPr><w:r>${run}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`,
    )
    .join("");
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${fill}</w:tcPr>${paragraphs}</w:tc>`;
}

function rowXml(cells: readonly string[], widths: readonly number[], header: boolean): string {
  const props = header ? "<w:cantSplit/><w:tblHeader/>" : "<w:cantSplit/>";
  return `<w:tr><w:trPr>${props}</w:trPr>${cells.map((c, i) => cellXml(c, widths[i] ?? 0, header)).join("")}</w:tr>`;
}

/**
 * A table whose header row repeats on every page and whose rows never split. `shares` are
 * the columns' shares of `width` (twips).
 */
export function tableXml(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  shares: readonly number[],
  width: number,
): string {
  const widths = shares.map((share) => Math.floor(share * width));
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} ${BORDER}/>`)
    .join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>` +
    `<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    rowXml(header, widths, true) +
    rows.map((row) => rowXml(row, widths, false)).join("") +
    `</w:tbl>`
  );
}

/** Collects a document's tables; each stands in the document as a marker paragraph until packed. */
export class TableSlots {
  private readonly tables: string[] = [];

  add(xml: string): Paragraph {
    this.tables.push(xml);
    return new Paragraph({ children: [new TextRun(MARKER(this.tables.length - 1))] });
  }

  /** The packed document with every marker paragraph replaced by its table. */
  fill(docx: Uint8Array): Uint8Array {
    if (this.tables.length === 0) return docx;
    const files = unzipSync(docx);
    const part = files[DOCUMENT_PART];
    if (part === undefined) throw new Error("The report has no document part.");
    let xml = strFromU8(part);
    this.tables.forEach((table, n) => {
      const at = xml.indexOf(MARKER(n));
      if (at < 0) throw new Error(`Table ${n} has no place in the report.`);
      const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
      const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
      xml = xml.slice(0, start) + table + xml.slice(end);
    });
    // A copy in this realm's Uint8Array: fflate zips anything that fails `instanceof Uint8Array`
    // as a folder, and TextEncoder's arrays come from another realm under jsdom.
    files[DOCUMENT_PART] = new Uint8Array(strToU8(xml));
    // Level 1: the table text is most of a large report, and level 6 took three times as long.
    return zipSync(files, { level: 1 });
  }
}
