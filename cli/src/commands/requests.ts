/** `gapmap requests`: one data-request workbook per responsible agency, from an assessment. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { getCatalogue } from "@gapmap/catalog";
import {
  displayName,
  languageSchema,
  planRequestPacks,
  recordRequests,
  requestPackFileName,
  requestPackToXlsx,
  type Language,
} from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";
import {
  ASSESSMENT_INPUT_OPTIONS,
  SAVE_PROFILE_USAGE,
  assessInputs,
  profileTarget,
} from "../assess/assessment-inputs";
import { persistTracking } from "../assess/profile-tracking";
import { writeFileAtomic } from "../write-file-atomic";
import { readAgencyMap, writeAgencyMap } from "../requests/agencies";

const USAGE = `Usage: gapmap requests --needs <preset|profile.json> [--scan scan.json…] [--inventory file…]
                       --out-dir DIR [--lang en|fr|es|ru|ar|ro|sr] [--due YYYY-MM-DD]
                       [--contact TEXT] [--date YYYY-MM-DD] [--year YYYY] [--agencies map.csv]
       gapmap requests --needs <preset|profile.json> [--scan…] [--inventory…] --write-agencies map.csv
  Runs the same gap analysis as "gapmap assess" and writes one data-request workbook per
  responsible agency for the indicators that are not fully available: a cover (what is asked,
  why, by when, how to return), the requested indicators, and one data-entry sheet per
  indicator (required breakdowns and years laid out, number validation, locked headers, notes).
  A hidden key lets "gapmap scan" read a returned pack exactly.
  --out-dir DIR   where to write the packs (request-<agency>-<date>.xlsx)
  --lang LANG     language of the packs (indicator names in AR, RO, SR; other text in English)
  --due DATE      return deadline printed on the cover
  --contact TEXT  the TWG contact printed on the cover
  --date DATE     the request date (default: today)
  --year YYYY     reference year (default: this year); the five years before it are asked
  --agencies FILE the TWG's indicator → agency map (CSV with the columns indicator, agency and
                  optionally contact): which agency each listed indicator is asked of; the
                  others go to the national agency the catalogue names for their source
                  (never to an international body such as UNHCR or the World Bank)
  --write-agencies FILE  write the map in force (--agencies over the defaults) for every
                  numeric indicator of the profile, to edit; without --out-dir only the map
                  is written
  Each requested indicator is recorded as requested (agency, date, deadline) in the profile.
${SAVE_PROFILE_USAGE}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw usageError(`${option} takes a date such as 2026-12-31 (got "${value}").`);
  return value;
}

function languageOf(value: string | undefined): Language {
  if (value === undefined) return "en";
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success)
    throw usageError(`--lang must be one of ${languageSchema.options.join(", ")}.`);
  return parsed.data;
}

export const requestsCommand: Command = {
  name: "requests",
  summary: "write a data-request workbook for each responsible agency",
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: {
        ...ASSESSMENT_INPUT_OPTIONS,
        "out-dir": { type: "string" },
        lang: { type: "string" },
        due: { type: "string" },
        contact: { type: "string" },
        date: { type: "string" },
        agencies: { type: "string" },
        "write-agencies": { type: "string" },
      },
    });
    if (values.needs === undefined)
      throw usageError("requests needs --needs <preset|profile.json>.");
    const outDir = values["out-dir"];
    const mapOut = values["write-agencies"];
    if (outDir === undefined && mapOut === undefined)
      throw usageError("requests needs --out-dir DIR for the workbooks.");
    const lang = languageOf(values.lang);
    const requestedOn = isoDate(values.date, "--date") ?? new Date().toISOString().slice(0, 10);
    const due = isoDate(values.due, "--due");

    const catalogue = getCatalogue();
    // Read before the (slower) assessment, so a bad map fails fast.
    const agencies = await readAgencyMap(catalogue, values.agencies);
    const { assessment, loaded } = await assessInputs("requests", values, io);
    if (mapOut !== undefined) await writeAgencyMap(catalogue, assessment, agencies, mapOut, io);
    if (outDir === undefined) return 0;
    const profile = assessment.profile;
    const packs = planRequestPacks(catalogue, assessment, {
      requestedOn,
      ...(due === undefined ? {} : { due }),
      ...(values.contact === undefined ? {} : { contact: values.contact }),
      languageOf: () => lang,
      ...(agencies === undefined ? {} : { agencies }),
    });
    if (packs.length === 0) {
      io.out("Every needed indicator is available: no data request to write.\n");
      return 0;
    }
    try {
      await mkdir(outDir, { recursive: true });
    } catch (error) {
      throw new CliError(
        `could not create ${outDir}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    io.out(`${String(packs.length)} data-request packs for "${profile.name}":\n`);
    for (const pack of packs) {
      const { bytes } = await requestPackToXlsx(catalogue, pack);
      const path = join(outDir, requestPackFileName(pack));
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw new CliError(
          `could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      io.out(
        `\n${path}\n  to ${pack.agency}${pack.agencyContact === undefined ? "" : ` (${pack.agencyContact})`}, ${String(pack.items.length)} indicator${pack.items.length === 1 ? "" : "s"}:\n`,
      );
      for (const item of pack.items) {
        const priority = displayName(catalogue, "priority", item.priority, "en").text.toLowerCase();
        io.out(`  - ${item.indicator} (${priority}): ${item.name}\n`);
      }
    }
    const tracked = { ...profile, tracking: recordRequests(profile.tracking, packs) };
    await persistTracking(profileTarget(values), loaded, tracked, io);
    return 0;
  },
};
