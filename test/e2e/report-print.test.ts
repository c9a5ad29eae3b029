/**
 * The data-gap report as printed: LibreOffice headless converts the sample report (A4, every
 * language; US Letter in English) to PDF, and poppler's word boxes show it is legible: no words
 * from different lines overlap, no text under 7.5 pt, and the executive summary fits on page
 * one. Page images go to test/artifacts/ for people to look at.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { main, memoryIo } from "@gapmap/cli";
import { REPORT_LANGUAGES, REPORT_STRINGS } from "@gapmap/core";
import {
  convertToPdf,
  overlappingWords,
  readPdfPages,
  smallestTextPoints,
  writePageImages,
  type PdfPage,
} from "../support/pdf-pages";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const ARTIFACTS = join(REPO, "test/artifacts");
const dir = mkdtempSync(join(tmpdir(), "gapmap-report-print-"));
const MIN_POINTS = 7.5;
const EDITIONS = [
  ...REPORT_LANGUAGES.map((lang) => ({ lang, paper: "a4" as const })),
  { lang: "en" as const, paper: "letter" as const },
];
const printed = new Map<string, PdfPage[]>();

beforeAll(async () => {
  const files: string[] = [];
  for (const { lang, paper } of EDITIONS) {
    const out = join(dir, `gap-report-${lang}-${paper}.docx`);
    const io = memoryIo();
    const code = await main(
      [
        "report",
        "--needs",
        "migration-profile-core",
        "--inventory",
        join(REPO, "samples/inventory.csv"),
        "--year",
        "2024",
        "--lang",
        lang,
        "--paper",
        paper,
        "--out",
        out,
      ],
      io,
    );
    if (code !== 0) throw new Error(io.stderr());
    files.push(out);
  }
  const pdfs = convertToPdf(files);
  EDITIONS.forEach(({ lang, paper }, i) => {
    const pdf = pdfs[i];
    if (pdf === undefined) return;
    printed.set(`${lang}-${paper}`, readPdfPages(pdf));
    if (paper === "a4")
      writePageImages(pdf, ARTIFACTS, `report-${lang}`, lang === "en" ? [1, 2, 3, 4] : [1]);
  });
}, 300_000);

describe.each(EDITIONS.map((e) => [`${e.lang} on ${e.paper}`, e] as const))(
  "the sample report in %s",
  (_, edition) => {
    const pages = () => printed.get(`${edition.lang}-${edition.paper}`) ?? [];
    const strings = REPORT_STRINGS[edition.lang];

    it("has no words from different lines on top of each other", () => {
      const overlaps = pages().flatMap((page, index) =>
        overlappingWords(page).map(([a, b]) => `page ${index + 1}: "${a.text}" / "${b.text}"`),
      );
      expect(overlaps).toEqual([]);
    });

    it("has no text smaller than 7.5 pt", () => {
      const small = pages()
        .map((page, index) => ({ page: index + 1, points: smallestTextPoints(page) }))
        .filter((p) => p.points < MIN_POINTS);
      expect(small).toEqual([]);
    });

    it("fits the executive summary on page one: the charts start on page two", () => {
      const [first, second] = pages();
      expect(first?.text).toContain(strings.executiveSummary);
      // The fifth urgent action is the summary's last line.
      expect(first?.words.some((w) => w.text === "5.")).toBe(true);
      expect(second?.text).toContain(strings.chartsHeading);
      expect(second?.text).not.toContain(strings.keyFindings);
    });
  },
);
