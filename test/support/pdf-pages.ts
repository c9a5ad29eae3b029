/**
 * Reading printed documents back: LibreOffice headless converts a file to PDF, poppler's
 * `pdftotext -bbox-layout` gives every word's box, `pdftoppm` draws pages for people to look at.
 * Tests fail loudly (never skip) when the tools are missing; .ci/run installs them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { convertWithLibreOffice } from "./libreoffice";

/**
 * A word box from pdftotext spans the font's ascent and descent: 1.28 em for DejaVu Sans, the
 * font LibreOffice draws with when Calibri/Carlito are absent (measured: 11 pt text at a known
 * 78.7 % print scale gives 11.04 pt boxes). Other fonts have smaller ratios, so a size derived
 * with this one errs on the large side only for them.
 */
export const BOX_HEIGHT_PER_POINT = 1.28;

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** Index of the pdftotext line the word belongs to, unique within its page. */
  line: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's words in reading order, joined by spaces. */
  text: string;
}

function requireTool(path: string | undefined, name: string, pkg: string): string {
  if (path === undefined || !existsSync(path)) {
    throw new Error(`${name} is not installed: apt-get install ${pkg} (.ci/run does).`);
  }
  return path;
}

/** Converts files to PDF with LibreOffice; returns the PDFs' paths in the same order. */
export function convertToPdf(files: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "gapmap-pdf-"));
  return files.map((file) => {
    convertWithLibreOffice({ file, target: "pdf", outDir: dir, workDir: dir });
    const pdf = join(dir, `${basename(file).replace(/\.[^.]+$/, "")}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file} to PDF.`);
    return pdf;
  });
}

const attribute = (tag: string, name: string): number =>
  Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1] ?? Number.NaN);

function unescapeXml(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

/** Every page's word boxes, from `pdftotext -bbox-layout`. */
export function readPdfPages(pdf: string): PdfPage[] {
  requireTool("/usr/bin/pdftotext", "pdftotext", "poppler-utils");
  const xhtml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return xhtml
    .split(/<page /)
    .slice(1)
    .map((chunk) => {
      const words: PdfWord[] = [];
      let line = -1;
      for (const match of chunk.matchAll(/<line [^>]*>|<word ([^>]*)>([^<]*)<\/word>/g)) {
        if (match[0].startsWith("<line")) {
          line += 1;
          continue;
        }
        const tag = match[1] ?? "";
        words.push({
          text: unescapeXml(match[2] ?? ""),
          xMin: attribute(tag, "xMin"),
          yMin: attribute(tag, "yMin"),
          xMax: attribute(tag, "xMax"),
          yMax: attribute(tag, "yMax"),
          line,
        });
      }
      return {
        width: attribute(chunk, "width"),
        height: attribute(chunk, "height"),
        words,
        text: words.map((w) => w.text).join(" "),
      };
    });
}

/**
 * Pairs of words from different lines whose boxes overlap. Boxes span the font's ascent and
 * descent (1.28 em) while lines of a paragraph are 1.16 em apart, so consecutive lines share
 * ~10 % of a box: an overlap counts when it is more than `share` of the smaller box's height
 * (and more than half a point across).
 */
export function overlappingWords(page: PdfPage, share = 0.2): [PdfWord, PdfWord][] {
  const sorted = [...page.words].sort((a, b) => a.yMin - b.yMin);
  const pairs: [PdfWord, PdfWord][] = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j];
      if (b === undefined || b.yMin >= a.yMax) break;
      if (a.line === b.line) continue;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (dx > 0.5 && dy > share * height) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The smallest font size on the page, in points, from the word boxes' heights. */
export function smallestTextPoints(page: PdfPage): number {
  return Math.min(...page.words.map((w) => (w.yMax - w.yMin) / BOX_HEIGHT_PER_POINT));
}

/** Draws the given pages (1-based) as `${prefix}-p${n}.png` in `dir`, for people to look at. */
export function writePageImages(
  pdf: string,
  dir: string,
  prefix: string,
  pages: readonly number[],
  dpi = 60,
): string[] {
  requireTool("/usr/bin/pdftoppm", "pdftoppm", "poppler-utils");
  mkdirSync(dir, { recursive: true });
  return pages.map((page) => {
    const out = join(dir, `${prefix}-p${page}`);
    execFileSync("pdftoppm", [
      "-r",
      String(dpi),
      "-png",
      "-singlefile",
      "-f",
      String(page),
      "-l",
      String(page),
      pdf,
      out,
    ]);
    return `${out}.png`;
  });
}
