/**
 * Estimated text widths and wrapped line counts, so writers can size rows and chart labels
 * without a renderer (exceljs does not autofit rows; neither Excel nor LibreOffice fixes row
 * heights on open). Widths are DejaVu Sans advances: the fallback LibreOffice uses on machines
 * without Calibri or Carlito, and wider than both, so text sized with them fits everywhere.
 */

/** Advance widths in thousandths of an em for U+0020…U+007E (DejaVu Sans Book). */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
/** The same for DejaVu Sans Bold. */
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
/** Letters outside ASCII (accented Latin, Cyrillic, Greek): a wide lower-case letter. */
const OTHER_LETTER = { regular: 700, bold: 780 } as const;
/** CJK and other full-width characters. */
const FULL_WIDTH = 1000;

export interface FontSpec {
  /** Size in points. */
  size: number;
  bold?: boolean;
}

function charWidth(code: number, bold: boolean): number {
  if (code >= 0x20 && code <= 0x7e) return (bold ? BOLD : REGULAR)[code - 0x20] ?? 700;
  if (code >= 0x1100 && code !== 0x2014 && code !== 0x2013 && code < 0xff61) {
    // Punctuation and symbols in the general block are narrow; ideographs are full width.
    if (code < 0x2e80) return bold ? OTHER_LETTER.bold : OTHER_LETTER.regular;
    return FULL_WIDTH;
  }
  return bold ? OTHER_LETTER.bold : OTHER_LETTER.regular;
}

/** Width of `text` on one line, in points. */
export function textWidth(text: string, font: FontSpec): number {
  let thousandths = 0;
  for (const char of text)
    thousandths += charWidth(char.codePointAt(0) ?? 0x20, font.bold === true);
  return (thousandths * font.size) / 1000;
}

/** Pieces a line may break after: spaces (dropped at the break), hyphens and slashes (kept). */
function breakablePieces(paragraph: string): string[] {
  return paragraph.match(/[^\s\-/]*[-/]+|[^\s\-/]+|\s+/g) ?? [];
}

/** Wraps `text` into lines no wider than `width` points, breaking words that cannot fit. */
export function wrapText(text: string, width: number, font: FontSpec): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const piece of breakablePieces(paragraph)) {
      const candidate = line + piece;
      if (textWidth(candidate.trimEnd(), font) <= width || line.trim() === "") {
        line = candidate;
      } else {
        lines.push(line.trimEnd());
        line = piece.trim() === "" ? "" : piece;
      }
      // A piece longer than the line is cut where it overflows, as spreadsheets do.
      while (textWidth(line.trimEnd(), font) > width && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let fit = 1;
        while (fit < chars.length && textWidth(chars.slice(0, fit + 1).join(""), font) <= width)
          fit += 1;
        lines.push(chars.slice(0, fit).join(""));
        line = chars.slice(fit).join("");
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
