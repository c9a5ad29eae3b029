/**
 * The needs profile's tracking in the CLI: returned packs checked against the profile and
 * recorded as received, the process steps Gapmap can follow filled in, and the profile saved
 * back (with its tracking) where the TWG keeps it.
 */
import {
  RequestPackError,
  autoFillProcess,
  checkPackProfile,
  profileToJson,
  recordReturns,
  requestState,
  type Inventory,
  type NeedsProfile,
  type PackReading,
} from "@gapmap/core";
import { CliError } from "../cli-error";
import { writeFileAtomic } from "../write-file-atomic";

/** Refuses the whole run when any returned pack was made for another profile. */
export function checkPacksProfile(
  packs: readonly { file: string; reading: PackReading }[],
  profile: NeedsProfile,
): void {
  const problems: string[] = [];
  for (const { file, reading } of packs) {
    try {
      checkPackProfile(reading, profile);
    } catch (error) {
      if (!(error instanceof RequestPackError)) throw error;
      problems.push(`${file}: ${error.problems.join("; ")}`);
    }
  }
  if (problems.length > 0)
    throw new CliError(`${problems.join("\n")}\nNothing was imported; rescan without these files.`);
}

/**
 * The profile with returned packs recorded and the process filled in. A profile without
 * tracking and without returned packs stays as it was, so old outputs do not change, unless
 * `always` (the report, whose process annex shows what Gapmap knows, as the task pane does).
 */
export function trackedProfile(
  profile: NeedsProfile,
  packs: readonly PackReading[],
  inventory: Inventory,
  today: string,
  always = false,
): { profile: NeedsProfile; received: string[] } {
  if (profile.tracking === undefined && packs.length === 0 && !always)
    return { profile, received: [] };
  const returns = recordReturns(profile.tracking, packs, today);
  const tracking = autoFillProcess(returns.tracking, {
    inventoryRecords: inventory.records.filter((r) => r.origin !== "data-request").length,
    returnedPacks: new Set(
      returns.tracking.requests.flatMap(
        (r) => r.received?.recordIds.map((id) => id.split(":")[0]) ?? [],
      ),
    ).size,
    validatedIndicators: returns.tracking.requests.filter((r) => requestState(r) === "validated")
      .length,
    neededIndicators: profile.indicators.length,
  });
  return { profile: { ...profile, tracking }, received: returns.received };
}

/** Saves the profile with its tracking; the file is never left half-written. */
export async function saveProfile(path: string, profile: NeedsProfile): Promise<void> {
  try {
    await writeFileAtomic(path, profileToJson(profile));
  } catch (error) {
    throw new CliError(
      `could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Saves the profile when its tracking changed: to `target`, else says how to keep it. Returns
 * the path written, if any.
 */
export async function persistTracking(
  target: string | undefined,
  loaded: NeedsProfile,
  profile: NeedsProfile,
  io: { out(text: string): void },
): Promise<string | undefined> {
  if (JSON.stringify(loaded.tracking) === JSON.stringify(profile.tracking)) return undefined;
  if (target === undefined) {
    io.out(
      "\nRequest statuses changed; pass --save-profile FILE to keep them with the needs profile.\n",
    );
    return undefined;
  }
  await saveProfile(target, profile);
  io.out(`\nSaved the request statuses and process steps with the needs profile in ${target}\n`);
  return target;
}
