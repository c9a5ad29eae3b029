/** `gapmap assess`: compare a needs profile with the inventory and write the gap matrix. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname } from "node:path";
import { assessmentToCsv, assessmentToJson, assessmentToXlsx } from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";
import { assessmentText } from "../assess/assessment-text";
import {
  ASSESSMENT_INPUT_OPTIONS,
  SAVE_PROFILE_USAGE,
  assessInputs,
  profileTarget,
} from "../assess/assessment-inputs";
import { persistTracking } from "../assess/profile-tracking";
import { PAPER_USAGE, paperOption } from "../assess/paper-option";

const FORMATS = ["xlsx", "csv", "json"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: gapmap assess --needs <preset|profile.json> [--scan scan.json…] [--inventory file…]
                     [--out FILE] [--format xlsx|csv|json] [--year YYYY] [--paper a4|letter]
  Compares the needs (a catalogue preset such as migration-profile-core, sdg-migration or
  sdg-disaggregation-migratory-status, or a saved profile .json) with the sources in the scan
  reports and inventories (.json, .csv or .xlsx; merged, with duplicates and conflicts listed),
  prints a summary and writes the gap matrix and action plan.
  --out FILE     where to write (default: print the summary only)
  --format       xlsx, csv or json (default: from the --out extension, else xlsx)
  --year YYYY    reference year for timeliness (default: this year)
${PAPER_USAGE}
  Returned data-request packs in the scan reports become sources (origin "data request") and
  mark their indicators received in the profile's request statuses.
${SAVE_PROFILE_USAGE}`;

function formatOf(out: string | undefined, format: string | undefined): Format {
  const wanted = format ?? (out ? extname(out).slice(1).toLowerCase() : "xlsx");
  if (!(FORMATS as readonly string[]).includes(wanted)) {
    throw usageError(`--format must be one of ${FORMATS.join(", ")} (got "${wanted}").`);
  }
  return wanted as Format;
}

export const assessCommand: Command = {
  name: "assess",
  summary: "run the gap analysis and write the gap matrix and action plan",
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: {
        ...ASSESSMENT_INPUT_OPTIONS,
        out: { type: "string" },
        format: { type: "string" },
        paper: { type: "string" },
      },
    });
    const format = formatOf(values.out, values.format);
    const paper = paperOption(values.paper);
    const { assessment, inventory, loaded, received } = await assessInputs("assess", values, io);

    io.out(assessmentText(assessment));
    if (received.length > 0)
      io.out(
        `\nReceived in returned data-request packs: ${received.length} indicator${received.length === 1 ? "" : "s"} (${received.join(", ")})\n`,
      );
    if (values.out !== undefined) {
      const bytes =
        format === "xlsx"
          ? await assessmentToXlsx(assessment, inventory, { paper })
          : format === "csv"
            ? assessmentToCsv(assessment)
            : assessmentToJson(assessment);
      try {
        await mkdir(dirname(values.out), { recursive: true });
        await writeFile(values.out, bytes);
      } catch (error) {
        throw new CliError(
          `could not write ${values.out}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      io.out(
        `\nWrote ${format === "xlsx" ? "the gap matrix workbook" : `the assessment as ${format.toUpperCase()}`} to ${values.out}\n`,
      );
    }
    await persistTracking(profileTarget(values), loaded, assessment.profile, io);
    return 0;
  },
};
