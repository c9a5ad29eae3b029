/**
 * The inputs every command that runs the gap analysis takes (assess, requests): the needs, the
 * scan reports and inventories, the reference year; and the run itself. Returned data-request
 * packs in the scan reports are checked against the profile and recorded in its tracking.
 */
import { actions, getCatalogue } from "@gapmap/catalog";
import { buildAssessment, type Assessment, type Inventory, type NeedsProfile } from "@gapmap/core";
import { usageError } from "../cli-error";
import type { Io } from "../io";
import { gatherInventory, mergeReportLines } from "./gather-inventory";
import { checkPacksProfile, trackedProfile } from "./profile-tracking";
import { resolveNeeds } from "./resolve-needs";

export const ASSESSMENT_INPUT_OPTIONS = {
  needs: { type: "string" as const },
  scan: { type: "string" as const, multiple: true as const, default: [] as string[] },
  inventory: { type: "string" as const, multiple: true as const, default: [] as string[] },
  year: { type: "string" as const },
  "save-profile": { type: "string" as const },
};

export const SAVE_PROFILE_USAGE = `  --save-profile FILE  where the needs profile is saved with its request statuses and process
                       steps (default: the --needs file, when it is a .json profile)`;

export interface AssessmentInputs {
  needs?: string | undefined;
  scan: string[];
  inventory: string[];
  year?: string | undefined;
  "save-profile"?: string | undefined;
}

/** Where the profile with its tracking goes: --save-profile, else the --needs .json itself. */
export function profileTarget(values: AssessmentInputs): string | undefined {
  if (values["save-profile"] !== undefined) return values["save-profile"];
  return values.needs?.toLowerCase().endsWith(".json") === true ? values.needs : undefined;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs the gap analysis on the inputs, reporting merge duplicates and conflicts on stderr. */
export async function assessInputs(
  command: string,
  values: AssessmentInputs,
  io: Io,
  /** Fill the process in even for a profile without tracking (the report's process annex). */
  options: { trackAlways?: boolean } = {},
): Promise<{
  assessment: Assessment;
  inventory: Inventory;
  /** The profile as loaded, to tell whether its tracking changed. */
  loaded: NeedsProfile;
  /** Indicators received in returned packs during this run. */
  received: string[];
}> {
  if (values.needs === undefined)
    throw usageError(`${command} needs --needs <preset|profile.json>.`);
  const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw usageError("--year takes a year such as 2024.");
  const loaded = await resolveNeeds(values.needs, year);
  const merged = await gatherInventory({ scans: values.scan, inventories: values.inventory });
  // Before anything is assessed, so a pack from another profile imports nothing.
  checkPacksProfile(merged.packs, loaded);
  for (const line of mergeReportLines(merged)) io.err(`${line}\n`);
  // What a returned pack lost on its way (validation, protection...); it was still read exactly.
  for (const { file, reading } of merged.packs)
    for (const warning of reading.warnings) io.err(`${file}: ${warning}\n`);
  const { profile, received } = trackedProfile(
    loaded,
    merged.packs.map((p) => p.reading),
    merged.inventory,
    today(),
    options.trackAlways,
  );
  const assessment = buildAssessment(getCatalogue(), profile, merged.inventory, { actions });
  return { assessment, inventory: merged.inventory, loaded, received };
}
