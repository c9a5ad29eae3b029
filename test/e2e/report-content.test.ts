/**
 * `gapmap report` content in each of its four languages, for the sample data and for an empty
 * inventory: the headings, 3–6 key findings written from the data, the five urgent actions,
 * the charts (SVG with a PNG fallback, each with a caption and a source line) and the tables.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import { main, memoryIo } from "@gapmap/cli";
import { REPORT_LANGUAGES, REPORT_STRINGS, type ReportLanguage } from "@gapmap/core";
import { readDocx, type DocxContent } from "../support/docx-text";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gapmap-report-"));
const reports = new Map<string, DocxContent>();
const NEEDED = 87;

async function writeReport(lang: ReportLanguage, data: "sample" | "empty"): Promise<DocxContent> {
  const out = join(dir, `${data}-${lang}.docx`);
  const inputs = data === "sample" ? ["--inventory", join(REPO, "samples/inventory.csv")] : [];
  const io = memoryIo();
  const code = await main(
    [
      "report",
      "--needs",
      "migration-profile-core",
      ...inputs,
      "--year",
      "2024",
      "--lang",
      lang,
      "--out",
      out,
    ],
    io,
  );
  if (code !== 0) throw new Error(io.stderr());
  return readDocx(new Uint8Array(readFileSync(out)));
}

beforeAll(async () => {
  for (const lang of REPORT_LANGUAGES) {
    for (const data of ["sample", "empty"] as const)
      reports.set(`${data}-${lang}`, await writeReport(lang, data));
  }
}, 120_000);

function report(data: "sample" | "empty", lang: ReportLanguage): DocxContent {
  const found = reports.get(`${data}-${lang}`);
  if (found === undefined) throw new Error(`no ${data} report in ${lang}`);
  return found;
}

/** The paragraphs between two headings (exclusive). */
function between(doc: DocxContent, from: string, to: string) {
  const start = doc.paragraphs.findIndex((p) => p.text === from);
  const end = doc.paragraphs.findIndex((p, i) => i > start && p.text === to);
  return doc.paragraphs.slice(start + 1, end);
}

describe.each(REPORT_LANGUAGES.map((lang) => [lang] as const))("the report in %s", (lang) => {
  const strings = REPORT_STRINGS[lang];

  it.each(["sample", "empty"] as const)("has every heading in the language (%s data)", (data) => {
    const headings = report(data, lang)
      .paragraphs.filter((p) => p.style.startsWith("Heading"))
      .map((p) => p.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        strings.executiveSummary,
        strings.availabilityHeading,
        strings.keyFindings,
        strings.urgentActions,
        strings.chartsHeading,
        strings.sectionsHeading,
        strings.actionPlanHeading,
        strings.annexMethod,
        strings.annexSources,
      ]),
    );
  });

  it.each(["sample", "empty"] as const)("has 3 to 6 key findings (%s data)", (data) => {
    const findings = between(report(data, lang), strings.keyFindings, strings.urgentActions).filter(
      (p) => p.listItem,
    );
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(6);
  });

  it("says from the data when the inventory is empty, and counts the needed indicators", () => {
    const texts = report("empty", lang).paragraphs.map((p) => p.text);
    expect(texts).toContain(strings.findings.emptyInventory(NEEDED));
    expect(report("sample", lang).paragraphs.map((p) => p.text)).not.toContain(
      strings.findings.emptyInventory(NEEDED),
    );
  });

  it("lists the five most urgent actions", () => {
    const actions = between(report("sample", lang), strings.urgentActions, strings.chartsHeading);
    expect(actions.filter((p) => /^\d\. /.test(p.text)).map((p) => p.text.slice(0, 2))).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
    ]);
  });

  it("has three charts as SVG with PNG fallbacks, each with a caption and a source line", () => {
    const doc = report("sample", lang);
    expect(doc.svgImages).toBe(3);
    expect(doc.parts.filter((p) => p.startsWith("word/media/") && p.endsWith(".png"))).toHaveLength(
      3,
    );
    expect(doc.parts.filter((p) => p.startsWith("word/media/") && p.endsWith(".svg"))).toHaveLength(
      3,
    );
    const texts = doc.paragraphs.map((p) => p.text);
    for (const [n, title] of [
      strings.chartBySection,
      strings.chartByArea,
      strings.chartByProducer,
    ].entries()) {
      expect(texts).toContain(strings.figure(n + 1, title));
    }
    const sources = texts.filter(
      (t) => t.includes("catalogue") || t.includes("каталог") || t.includes("catálogo"),
    );
    const version = getCatalogue().version.replaceAll(".", "\\.");
    const sourceLine = new RegExp(`${version} ?; \\d{4}-\\d{2}-\\d{2}\\.$`);
    expect(sources.filter((t) => sourceLine.test(t)).length).toBe(3);
  });

  it("charts the scores for an empty inventory too, and says no producer supplies data", () => {
    const doc = report("empty", lang);
    expect(doc.svgImages).toBe(2);
    expect(doc.paragraphs.map((p) => p.text)).toContain(strings.chartNoProducers);
  });

  it("has tables: availability, one per part of the profile, the action plan and the annexes", () => {
    // Availability, parts A, B, C and K, at least one agency, weights, definitions, sources.
    expect(report("sample", lang).tables).toBeGreaterThanOrEqual(1 + 4 + 1 + 2 + 1);
    expect(report("empty", lang).tables).toBeGreaterThanOrEqual(1 + 4 + 1 + 2);
  });
});

describe("names in the report's language", () => {
  it("marks names shown in English, and explains the mark, only outside English", () => {
    const english = report("sample", "en").paragraphs.map((p) => p.text);
    expect(english).not.toContain(REPORT_STRINGS.en.englishNote);
    for (const lang of ["fr", "es", "ru"] as const) {
      const texts = report("sample", lang).paragraphs.map((p) => p.text);
      const marked = texts.some((t) => t.includes(REPORT_STRINGS[lang].englishMark));
      if (marked) expect(texts).toContain(REPORT_STRINGS[lang].englishNote);
    }
  });
});
