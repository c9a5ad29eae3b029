/**
 * The gap-matrix workbook as a TWG prints it: LibreOffice headless prints the sample workbook
 * (A4 and US Letter) to PDF, and poppler's word boxes show whether it is legible: no words from
 * different cells or lines overlap, no text under 7.5 pt, every Gap matrix page repeats the
 * header row, sections start on new pages. Page images go to test/artifacts/ for people to look at.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { main, memoryIo } from "@gapmap/cli";
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
const dir = mkdtempSync(join(tmpdir(), "gapmap-print-"));
const MIN_POINTS = 7.5;
const printed: Record<"a4" | "letter", PdfPage[]> = { a4: [], letter: [] };

async function run(args: string[]): Promise<void> {
  const io = memoryIo();
  const code = await main(args, io);
  if (code !== 0) throw new Error(io.stderr());
}

/** The sample data as `npm start` assesses it: the scanned sample workbooks and the inventory. */
async function sampleScan(): Promise<string> {
  const folder = join(REPO, "samples/workbooks");
  const workbooks = readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(folder, f));
  const out = join(dir, "sample-scan.json");
  await run(["scan", ...workbooks, "--json", "--out", out]);
  return out;
}

async function writeWorkbook(paper: "a4" | "letter", scan: string): Promise<string> {
  const out = join(dir, `gap-matrix-${paper}.xlsx`);
  await run([
    "assess",
    "--needs",
    "migration-profile-core",
    "--scan",
    scan,
    "--inventory",
    join(REPO, "samples/inventory.csv"),
    "--year",
    "2024",
    "--paper",
    paper,
    "--out",
    out,
  ]);
  return out;
}

/** The sheet a page belongs to, from the page header ("Gap matrix — profile"). */
const sheetOf = (page: PdfPage) =>
  /\b(Summary|Gap matrix|Action plan|Sources|About) — /.exec(page.text)?.[1] ?? "";

beforeAll(async () => {
  const scan = await sampleScan();
  const files = [await writeWorkbook("a4", scan), await writeWorkbook("letter", scan)];
  const [a4, letter] = convertToPdf(files);
  if (a4 === undefined || letter === undefined) throw new Error("no PDFs");
  printed.a4 = readPdfPages(a4);
  printed.letter = readPdfPages(letter);
  // One page of each sheet, as printed on A4, for people to look at.
  const firsts = ["Summary", "Gap matrix", "Action plan", "Sources", "About"].map(
    (sheet) => printed.a4.findIndex((page) => sheetOf(page) === sheet) + 1,
  );
  writePageImages(a4, ARTIFACTS, "workbook-a4", [...firsts, (firsts[1] ?? 1) + 1]);
}, 300_000);

describe.each(["a4", "letter"] as const)("the sample workbook printed on %s", (paper) => {
  it("is on that paper, landscape", () => {
    const page = printed[paper][0];
    const [long, short] = paper === "a4" ? [841.9, 595.3] : [792, 612];
    expect(page?.width).toBeCloseTo(long, 0);
    expect(page?.height).toBeCloseTo(short, 0);
  });

  it("has no words from different cells or lines on top of each other", () => {
    const overlaps = printed[paper].flatMap((page, index) =>
      overlappingWords(page).map(([a, b]) => `page ${index + 1}: "${a.text}" / "${b.text}"`),
    );
    expect(overlaps).toEqual([]);
  });

  it("has no text smaller than 7.5 pt", () => {
    const small = printed[paper]
      .map((page, index) => ({ page: index + 1, points: smallestTextPoints(page) }))
      .filter((p) => p.points < MIN_POINTS);
    expect(small).toEqual([]);
  });

  it("repeats the Gap matrix header row on every page of the matrix", () => {
    const pages = printed[paper].filter((page) => sheetOf(page) === "Gap matrix");
    expect(pages.length).toBeGreaterThan(5);
    const headerWords = [
      "Indicator",
      "ID",
      "Availability",
      "Data",
      "Disaggregation",
      "Gap",
      "details",
    ];
    for (const page of pages) {
      // The header row sits above the first indicator's section code.
      const firstRow = Math.min(
        ...page.words.filter((w) => /^(?:[ABC]\.\d|K)$/.test(w.text)).map((w) => w.yMin),
      );
      const top = new Set(page.words.filter((w) => w.yMax <= firstRow).map((w) => w.text));
      expect(headerWords.filter((word) => !top.has(word))).toEqual([]);
    }
  });

  it("starts each Migration Profile section on a new page of the matrix", () => {
    const pages = printed[paper].filter((page) => sheetOf(page) === "Gap matrix");
    const sectionsPerPage = pages.map(
      (page) => new Set(page.words.map((w) => w.text).filter((t) => /^(?:[ABC]\.\d|K)$/.test(t))),
    );
    for (const sections of sectionsPerPage) expect(sections.size).toBeLessThanOrEqual(1);
    const all = new Set(sectionsPerPage.flatMap((s) => [...s]));
    expect(all.size).toBe(17);
  });

  it("prints the header and footer with the profile, the date and page x of y", () => {
    const pages = printed[paper];
    pages.forEach((page, index) => {
      expect(page.text).toContain("Migration Profile core");
      expect(page.text).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(page.text).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });
});
