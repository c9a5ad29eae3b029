/** Small builders for the report's Word content: headings, paragraphs, captions and tables. */
import { HeadingLevel, Paragraph, TextRun, type IRunOptions } from "docx";

/**
 * A run from typed options: TextRun also takes a string, and linters then read `bold` as the
 * deprecated String.prototype.bold.
 */
export function textRun(options: IRunOptions): TextRun {
  return new TextRun(options);
}

/** Half-points, as Word counts font sizes. */
export const CAPTION_SIZE = 18;

export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  return new Paragraph({
    text,
    heading: levels[level],
    pageBreakBefore: options.pageBreakBefore ?? false,
    keepNext: true,
  });
}

export function paragraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: options.after ?? 120 },
    children: [
      textRun({
        text,
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        ...(options.size === undefined ? {} : { size: options.size }),
      }),
    ],
  });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });
}

export function caption(text: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    spacing: { before: 60, after: 120 },
    children: [textRun({ text, italics: true, size: CAPTION_SIZE })],
  });
}
