/** `gapmap report`: the data-gap report (.docx) a TWG edits for its Migration Profile. */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { getCatalogue } from "@gapmap/catalog";
import { REPORT_LANGUAGES, assessmentToDocx, type ReportLanguage } from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";
import { assessInputs } from "../assess/assessment-inputs";
import { PAPER_USAGE, paperOption } from "../assess/paper-option";
import { rasterisePng } from "../report/rasterise-png";
import { readAssessmentFile } from "../assess/read-assessment-file";
import { writeFileAtomic } from "../write-file-atomic";

const DEFAULT_OUT = "gap-report.docx";

const USAGE = `Usage: gapmap report --needs <preset|profile.json> [--scan scan.json…] [--inventory file…]
                     [--out FILE] [--lang en|fr|es|ru] [--previous old.json] [--year YYYY] [--paper a4|letter]
  Writes the data-gap report as a Word document (.docx) to edit and paste into the Migration
  Profile: a one-page executive summary, charts with their sources, indicator tables for parts
  A, B and C, the action plan by responsible agency, and annexes on method, sources and the
  profile's process (the 15 steps and where the data requests stand, from a .json profile).
  --out FILE       where to write (default: ${DEFAULT_OUT})
  --lang           en, fr, es or ru (default: from the locale, else en); names the catalogue
                   lacks in that language are shown in English and marked
  --previous FILE  the previous edition ("gapmap assess --format json"): adds progress since then
  --year YYYY      reference year for timeliness (default: this year)
${PAPER_USAGE}`;

function languageOption(
  value: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): ReportLanguage {
  const wanted = (value ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || "en"))
    .slice(0, 2)
    .toLowerCase();
  if ((REPORT_LANGUAGES as readonly string[]).includes(wanted)) return wanted as ReportLanguage;
  if (value === undefined) return "en";
  throw usageError(`--lang must be one of ${REPORT_LANGUAGES.join(", ")} (got "${value}").`);
}

export const reportCommand: Command = {
  name: "report",
  summary: "write the data-gap report (.docx) for the Migration Profile",
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: {
        needs: { type: "string" },
        scan: { type: "string", multiple: true, default: [] },
        inventory: { type: "string", multiple: true, default: [] },
        out: { type: "string", default: DEFAULT_OUT },
        lang: { type: "string" },
        previous: { type: "string" },
        year: { type: "string" },
        paper: { type: "string" },
      },
    });
    if (values.needs === undefined) throw usageError("report needs --needs <preset|profile.json>.");
    const lang = languageOption(values.lang);
    const paper = paperOption(values.paper);
    const previous =
      values.previous === undefined ? undefined : await readAssessmentFile(values.previous);

    // The same analysis as `gapmap assess`, with the profile's process filled in from what
    // Gapmap knows (inventory, returned packs) for the process annex, as the task pane does.
    const { assessment, inventory } = await assessInputs("report", values, io, {
      trackAlways: true,
    });
    const catalogue = getCatalogue();
    const bytes = await assessmentToDocx(assessment, inventory, {
      catalogue,
      lang,
      paper,
      rasterise: rasterisePng,
      ...(previous === undefined ? {} : { previous }),
    });
    try {
      await mkdir(dirname(values.out), { recursive: true });
      await writeFileAtomic(values.out, bytes);
    } catch (error) {
      throw new CliError(
        `could not write ${values.out}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    io.out(
      `Wrote the data-gap report (${lang}, ${paper === "a4" ? "A4" : "US Letter"}) to ${values.out}\n`,
    );
    return 0;
  },
};
