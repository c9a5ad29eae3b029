/**
 * The gap-matrix workbook must open cleanly in LibreOffice, not only in exceljs: LibreOffice
 * converts every sheet to CSV headless, and the values must survive; it prints the workbook to
 * PDF; and saving it back as .xlsx keeps the Summary's native charts (LibreOffice drops charts it
 * could not read). Fails loudly (never skips) when LibreOffice is missing; .ci/run installs it.
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { main, memoryIo } from "@gapmap/cli";
import { convertWithLibreOffice, requireLibreOffice } from "../support/libreoffice";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gapmap-lo-"));
const sheets = new Map<string, string>();
let pdf = new Uint8Array();
/** Chart parts (path → XML) of the workbook after LibreOffice saved it as .xlsx again. */
const savedCharts = new Map<string, string>();

/** A printed workbook smaller than this is an error page, not the five sheets and charts. */
const MIN_PDF_BYTES = 20_000;
/** Summary, Gap matrix, Action plan, Sources and About each print on at least one page. */
const MIN_PDF_PAGES = 5;
const CHART_PART = /^xl\/charts\/chart\d+\.xml$/;
/** SheetJS's `bookFiles` output, which its typings leave out: the package's parts (folders
 * have no content). */
const bookFilesSchema = z.object({
  files: z.record(z.string(), z.object({ content: z.instanceof(Uint8Array).optional() }).loose()),
});

function convert(xlsx: string, target: string, outDir: string): void {
  convertWithLibreOffice({ file: xlsx, target, outDir, workDir: dir });
}

beforeAll(async () => {
  requireLibreOffice();
  const xlsx = join(dir, "gap-matrix.xlsx");
  const io = memoryIo();
  const code = await main(
    [
      "assess",
      "--needs",
      "migration-profile-core",
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--year",
      "2024",
      "--out",
      xlsx,
    ],
    io,
  );
  if (code !== 0) throw new Error(io.stderr());
  // Filter option 44,34,76,1,,0,false,true,false,false,false,-1: comma-separated UTF-8, every sheet to its own file.
  convert(
    xlsx,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    join(dir, "csv"),
  );
  for (const f of readdirSync(join(dir, "csv"))) {
    const name = f.replace(/^gap-matrix-/, "").replace(/\.csv$/, "");
    sheets.set(name, readFileSync(join(dir, "csv", f), "utf8"));
  }
  convert(xlsx, "pdf", join(dir, "pdf"));
  pdf = new Uint8Array(readFileSync(join(dir, "pdf", "gap-matrix.pdf")));
  convert(xlsx, "xlsx", join(dir, "saved"));
  const saved = readFileSync(join(dir, "saved", "gap-matrix.xlsx"));
  const { files } = bookFilesSchema.parse(XLSX.read(saved, { type: "buffer", bookFiles: true }));
  for (const [path, file] of Object.entries(files)) {
    if (CHART_PART.test(path) && file.content) {
      savedCharts.set(path, new TextDecoder().decode(file.content));
    }
  }
}, 300_000);

describe("gap matrix in LibreOffice", () => {
  it("opens with every sheet readable", () => {
    expect([...sheets.keys()]).toEqual(
      expect.arrayContaining(["Summary", "Gap matrix", "Action plan", "Sources", "About"]),
    );
  });

  it("keeps the matrix values: one row per needed indicator, with availability and gap statuses", () => {
    const matrix = sheets.get("Gap matrix") ?? "";
    expect(matrix).toMatch(/^Indicator ID,Indicator,Section,/m);
    expect(matrix).toMatch(/^flow-emigration,.*,A\.4,/m);
    expect(matrix).toMatch(
      /^flow-net-migration,.*,(available|partial|proxy-or-national-variant),\d/m,
    );
    expect((matrix.match(/^[a-z]+(-[a-z0-9]+)+,/gm) ?? []).length).toBe(87);
  });

  it("keeps the sources and the profile", () => {
    expect(sheets.get("Sources")).toMatch(/wdi-net-migration/);
    expect(sheets.get("About")).toMatch(/Migration Profile core/);
  });
});

describe("gap matrix printed and re-saved by LibreOffice", () => {
  it("prints to a PDF with a page or more per sheet", () => {
    const text = new TextDecoder("latin1").decode(pdf);
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(pdf.length).toBeGreaterThan(MIN_PDF_BYTES);
    expect((text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length).toBeGreaterThanOrEqual(
      MIN_PDF_PAGES,
    );
  });

  it("keeps the Summary's bar charts, still reading the Summary's score cells", () => {
    const charts = [...savedCharts.values()];
    expect(charts.length).toBe(2);
    const titles = charts.map((xml) => /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1]);
    expect(titles.sort()).toEqual(["Score by Migration Profile section", "Score by policy area"]);
    for (const xml of charts) {
      expect(xml).toMatch(/<c:barDir val="bar"\/>/);
      expect(xml).toMatch(/<c:f>'?Summary'?!\$A\$\d+:\$A\$\d+<\/c:f>/);
      expect(xml).toMatch(/<c:f>'?Summary'?!\$B\$\d+:\$B\$\d+<\/c:f>/);
    }
  });

  it("charts one bar per Migration Profile section listed on the Summary", () => {
    const sectionChart = [...savedCharts.values()].find((xml) => xml.includes("section</a:t>"));
    const range = /<c:f>'?Summary'?!\$B\$(\d+):\$B\$(\d+)<\/c:f>/.exec(sectionChart ?? "");
    const summary = (sheets.get("Summary") ?? "").split(/\r?\n/);
    const header = summary.findIndex((line) => line.startsWith("Migration Profile section,"));
    const blank = summary.findIndex((line, i) => i > header && /^,*$/.test(line));
    expect(header).toBeGreaterThan(0);
    // CSV lines are 0-based and rows 1-based: the first section sits on row header + 2.
    expect(Number(range?.[1])).toBe(header + 2);
    expect(Number(range?.[2])).toBe(blank);
  });
});
