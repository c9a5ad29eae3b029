/**
 * The report's process annex (issue 14): a TWG's profile goes through `gapmap requests`,
 * `gapmap status` and `gapmap assess` (which fills the steps Gapmap can follow), then
 * `gapmap report` in each language. The annex lists the three stages and their 15 steps with
 * owner, dates, status, notes and the steps Gapmap set, and sums up the data requests; a profile
 * without tracking gets one sentence instead. Printed by LibreOffice (A4), the annex must be
 * legible (no overlapping words, no text under 7.5 pt); its pages go to test/artifacts/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { actions, getCatalogue } from "@gapmap/catalog";
import { main, memoryIo, rasterisePng } from "@gapmap/cli";
import {
  PROCESS_STAGES,
  PROCESS_STEPS,
  REPORT_LANGUAGES,
  REPORT_STRINGS,
  assessmentToDocx,
  buildAssessment,
  displayName,
  fromCsv,
  profileFromJson,
  profileFromPreset,
  profileToJson,
  type ReportLanguage,
} from "@gapmap/core";
import { readDocx, type DocxContent } from "../support/docx-text";
import {
  convertToPdf,
  overlappingWords,
  readPdfPages,
  smallestTextPoints,
  writePageImages,
  type PdfPage,
} from "../support/pdf-pages";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLES = join(REPO, "samples");
const ARTIFACTS = join(REPO, "test/artifacts");
const dir = mkdtempSync(join(tmpdir(), "gapmap-report-process-"));
const profilePath = join(dir, "profile.json");
const catalogue = getCatalogue();
const MIN_POINTS = 7.5;
const OWNER = "National Statistics Office, migration unit";
const NOTES = "Funded by the EU–IOM project; budget approved in March";
const QUESTION = "The 2021 figure differs from the statistical yearbook: which source is right?";

const reports = new Map<string, DocxContent>();
const printed = new Map<ReportLanguage, PdfPage[]>();
/** Indicators given a status below: one with questions, one validated. */
let asked = "";
let validated = "";

async function cli(...args: string[]): Promise<string> {
  const io = memoryIo();
  const code = await main(args, io);
  if (code !== 0) throw new Error(`gapmap ${args[0] ?? ""}: ${io.stderr()}`);
  return io.stdout();
}

const inputs = ["--inventory", join(SAMPLES, "inventory.csv"), "--year", "2024"];

beforeAll(async () => {
  const preset = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2024 });
  writeFileSync(profilePath, profileToJson(preset));
  await cli(
    "requests",
    "--needs",
    profilePath,
    ...inputs,
    "--date",
    "2026-11-02",
    "--due",
    "2027-01-31",
    "--out-dir",
    join(dir, "packs"),
  );
  const requested = profileFromJson(readFileSync(profilePath, "utf8")).tracking?.requests ?? [];
  [asked = "", validated = ""] = requested.map((r) => r.indicator);
  await cli(
    "status",
    profilePath,
    "support-resources",
    "--step-status",
    "done",
    "--owner",
    OWNER,
    "--start",
    "2026-03-01",
    "--due",
    "2026-04-30",
    "--notes",
    NOTES,
  );
  await cli("status", profilePath, "2", "--step-status", "done", "--owner", "TWG");
  await cli(
    "status",
    profilePath,
    "stakeholders",
    "--step-status",
    "in-progress",
    "--owner",
    "Ministry of Interior",
    "--start",
    "2026-05-01",
  );
  await cli("status", profilePath, asked, "--questions", QUESTION, "--on", "2027-01-20");
  await cli("status", profilePath, validated, "--received", "--on", "2027-01-10");
  await cli("status", profilePath, validated, "--validated-by", "TWG chair", "--on", "2027-01-25");
  // assess fills the steps Gapmap follows (existing evidence from the inventory) and saves them.
  await cli("assess", "--needs", profilePath, ...inputs);

  const files: string[] = [];
  for (const lang of REPORT_LANGUAGES) {
    const out = join(dir, `tracked-${lang}.docx`);
    await cli(
      "report",
      "--needs",
      profilePath,
      ...inputs,
      "--lang",
      lang,
      "--paper",
      "a4",
      "--out",
      out,
    );
    reports.set(lang, readDocx(new Uint8Array(readFileSync(out))));
    files.push(out);
  }
  const untracked = join(dir, "untracked-en.docx");
  await cli(
    "report",
    "--needs",
    "migration-profile-core",
    ...inputs,
    "--lang",
    "en",
    "--out",
    untracked,
  );
  reports.set("untracked", readDocx(new Uint8Array(readFileSync(untracked))));

  const pdfs = convertToPdf(files);
  REPORT_LANGUAGES.forEach((lang, i) => {
    const pdf = pdfs[i];
    if (pdf === undefined) return;
    const pages = readPdfPages(pdf);
    printed.set(lang, pages);
    const heading = REPORT_STRINGS[lang].process.heading;
    const first = pages.findIndex((p) => p.text.includes(heading));
    if (first >= 0 && (lang === "en" || lang === "ru"))
      writePageImages(
        pdf,
        ARTIFACTS,
        `report-process-${lang}`,
        pages.map((_, i) => i + 1).filter((n) => n > first),
        80,
      );
  });
}, 400_000);

function report(key: string): DocxContent {
  const found = reports.get(key);
  if (found === undefined) throw new Error(`no report ${key}`);
  return found;
}

/** The annex's paragraphs (table cells included), from its heading to the end. */
function annex(key: string, lang: ReportLanguage): string[] {
  const paragraphs = report(key).paragraphs;
  const start = paragraphs.findIndex((p) => p.text === REPORT_STRINGS[lang].process.heading);
  expect(start, "annex heading").toBeGreaterThan(0);
  return paragraphs.slice(start).map((p) => p.text);
}

describe.each(REPORT_LANGUAGES.map((lang) => [lang] as const))(
  "the process annex in %s",
  (lang) => {
    const strings = REPORT_STRINGS[lang];
    const name = (kind: Parameters<typeof displayName>[1], id: string) =>
      displayName(catalogue, kind, id, lang).text;

    it("lists the three stages and the 15 steps in order, in the report's language", () => {
      const text = annex(lang, lang);
      const headings = report(lang)
        .paragraphs.filter((p) => p.style === "Heading2")
        .map((p) => p.text);
      for (const stage of PROCESS_STAGES) expect(headings).toContain(name("processStage", stage));
      const positions = PROCESS_STEPS.map((step) => text.indexOf(name("processStep", step.id)));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // Each step's number is the cell just before its name.
      for (const step of PROCESS_STEPS)
        expect(text[text.indexOf(name("processStep", step.id)) - 1]).toBe(String(step.number));
    });

    it("shows each step's owner, dates, status and notes, and which status Gapmap set", () => {
      const text = annex(lang, lang);
      const at = text.indexOf(name("processStep", "support-resources"));
      expect(text.slice(at + 1, at + 6)).toEqual([
        OWNER,
        "2026-03-01",
        "2026-04-30",
        name("processStatus", "done"),
        NOTES,
      ]);
      const stakeholders = text.indexOf(name("processStep", "stakeholders"));
      expect(text[stakeholders + 4]).toBe(name("processStatus", "in-progress"));
      // Existing evidence follows the inventory: in progress, set by Gapmap (two lines in a cell).
      const evidence = text.indexOf(name("processStep", "existing-evidence"));
      expect(text.slice(evidence + 4, evidence + 6)).toEqual([
        name("processStatus", "in-progress"),
        `(${strings.process.setByGapmap})`,
      ]);
      // Done: steps 1 and 2; in progress: stakeholders, and two Gapmap follows (existing evidence
      // from the inventory, validation from the validated indicator).
      expect(text).toContain(strings.process.intro(15, 2, 3));
    });

    it("counts the needed indicators in each request state and lists the one with questions", () => {
      const text = annex(lang, lang);
      const count = (state: string) => text[text.indexOf(name("requestState", state)) + 1];
      expect(count("questions")).toBe("1");
      expect(count("validated")).toBe("1");
      expect(Number(count("requested"))).toBeGreaterThan(10);
      const total = ["not-requested", "requested", "received", "validated", "questions"]
        .map((s) => Number(count(s)))
        .reduce((a, b) => a + b, 0);
      expect(total).toBe(87);
      const question = text.indexOf(QUESTION);
      expect(text[question - 1]).toBe("2027-01-20");
      expect(text[question - 3]).toContain(name("indicator", asked));
      expect(text).not.toContain(strings.process.noQuestions);
    });

    it("prints legibly on A4: no overlapping words, no text under 7.5 pt", () => {
      const pages = printed.get(lang) ?? [];
      const first = pages.findIndex((p) => p.text.includes(strings.process.heading));
      expect(first).toBeGreaterThan(0);
      const annexPages = pages.slice(first);
      expect(annexPages.length).toBeLessThanOrEqual(2);
      for (const page of annexPages) {
        expect(overlappingWords(page).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
        expect(smallestTextPoints(page)).toBeGreaterThanOrEqual(MIN_POINTS);
        for (const word of page.words) expect(word.xMax).toBeLessThanOrEqual(page.width);
      }
      // Column headers, statuses and dates fit their columns: no word is broken across lines.
      const words = new Set(
        annexPages.flatMap((p) => p.words.map((w) => w.text.replace(/[().,;:]/g, ""))),
      );
      const whole = [
        ...(["step", "owner", "start", "due", "status", "notes", "setByGapmap"] as const).map(
          (key) => strings.process[key],
        ),
        ...["not-started", "in-progress", "done"].map((s) => name("processStatus", s)),
        ...PROCESS_STEPS.map((step) => name("processStep", step.id)),
        "2026-03-01",
        "2026-04-30",
      ].flatMap((text) => text.split(/\s+/).filter((w) => w.length > 3 && !/[-.,;:()]/.test(w)));
      expect(whole.filter((word) => !words.has(word))).toEqual([]);
    });
  },
);

describe("a preset without tracking", () => {
  it("gets the annex with what Gapmap knows, as the task pane shows it, and nothing requested", () => {
    const text = annex("untracked", "en");
    const words = REPORT_STRINGS.en.process;
    expect(text[1]).toBe(words.intro(15, 0, 1));
    const evidence = text.indexOf(
      displayName(catalogue, "processStep", "existing-evidence", "en").text,
    );
    expect(text[evidence + 5]).toBe(`(${words.setByGapmap})`);
    expect(text).toContain(words.requestsIntro(0, 87));
    expect(text).toContain(words.noQuestions);
  });

  it("says the process was not recorded when an assessment carries no tracking at all", async () => {
    const inventory = fromCsv(readFileSync(join(SAMPLES, "inventory.csv"), "utf8"), {
      owner: "inventory",
    });
    const profile = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2024 });
    const assessment = buildAssessment(catalogue, profile, inventory, { actions });
    expect(assessment.profile.tracking).toBeUndefined();
    const bytes = await assessmentToDocx(assessment, inventory, {
      catalogue,
      lang: "en",
      paper: "a4",
      rasterise: rasterisePng,
    });
    reports.set("no-tracking", readDocx(bytes));
    expect(annex("no-tracking", "en")).toEqual([
      REPORT_STRINGS.en.process.heading,
      REPORT_STRINGS.en.process.notRecorded,
    ]);
  });
});
