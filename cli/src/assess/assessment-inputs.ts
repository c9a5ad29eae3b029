/**
 * The inputs every command that runs the gap analysis takes (assess, requests): the needs, the
 * scan reports and inventories, the reference year; and the run itself.
 */
import { actions, getCatalogue } from "@gapmap/catalog";
import { buildAssessment, type Assessment, type Inventory } from "@gapmap/core";
import { usageError } from "../cli-error";
import type { Io } from "../io";
import { gatherInventory, mergeReportLines } from "./gather-inventory";
import { resolveNeeds } from "./resolve-needs";

export const ASSESSMENT_INPUT_OPTIONS = {
  needs: { type: "string" as const },
  scan: { type: "string" as const, multiple: true as const, default: [] as string[] },
  inventory: { type: "string" as const, multiple: true as const, default: [] as string[] },
  year: { type: "string" as const },
};

export interface AssessmentInputs {
  needs?: string | undefined;
  scan: string[];
  inventory: string[];
  year?: string | undefined;
}

/** Runs the gap analysis on the inputs, reporting merge duplicates and conflicts on stderr. */
export async function assessInputs(
  command: string,
  values: AssessmentInputs,
  io: Io,
): Promise<{ assessment: Assessment; inventory: Inventory }> {
  if (values.needs === undefined)
    throw usageError(`${command} needs --needs <preset|profile.json>.`);
  const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw usageError("--year takes a year such as 2024.");
  const profile = await resolveNeeds(values.needs, year);
  const merged = await gatherInventory({ scans: values.scan, inventories: values.inventory });
  for (const line of mergeReportLines(merged)) io.err(`${line}\n`);
  const assessment = buildAssessment(getCatalogue(), profile, merged.inventory, { actions });
  return { assessment, inventory: merged.inventory };
}
