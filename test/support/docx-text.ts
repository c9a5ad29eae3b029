/** Reading a written .docx back for content checks: its parts, paragraphs and headings. */
import { strFromU8, unzipSync } from "fflate";

export interface DocxParagraph {
  /** Heading1, Heading2… or "" for body text. */
  style: string;
  /** A list item (bullet or numbering). */
  listItem: boolean;
  text: string;
}

export interface DocxContent {
  parts: string[];
  paragraphs: DocxParagraph[];
  tables: number;
  /** SVG images referenced with a PNG fallback (Word's asvg:svgBlip extension). */
  svgImages: number;
}

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&amp;": "&",
};

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? "",
    listItem: p.includes("<w:numPr>"),
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => (m[1] ?? "").replace(/&(?:lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e))
      .join(""),
  }));
  return {
    parts: Object.keys(files),
    paragraphs,
    tables: (xml.match(/<w:tbl>/g) ?? []).length,
    svgImages: (xml.match(/<asvg:svgBlip /g) ?? []).length,
  };
}
