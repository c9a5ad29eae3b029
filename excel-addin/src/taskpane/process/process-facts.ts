/**
 * What Gapmap knows about the profile's process, from the session: records in the inventory,
 * returned packs read, indicators validated. The tracking the pane shows and saves is the user's
 * tracking with these facts filled in (core's autoFillProcess never overrides a person's status).
 */
import {
  autoFillProcess,
  emptyTracking,
  requestState,
  type Inventory,
  type NeedsProfile,
  type ProfileTracking,
  type SourceRecord,
} from "@gapmap/core";

/** Request IDs of records from returned packs ("GMREQ-…:indicator"). */
export function packRequestIds(records: readonly SourceRecord[]): Set<string> {
  return new Set(
    records.filter((r) => r.origin === "data-request").map((r) => r.id.replace(/:[^:]*$/, "")),
  );
}

export function trackingWithFacts(
  tracking: ProfileTracking | undefined,
  profile: NeedsProfile | undefined,
  inventory: Inventory,
): ProfileTracking | undefined {
  if (profile === undefined) return tracking;
  const base = tracking ?? emptyTracking();
  return autoFillProcess(base, {
    inventoryRecords: inventory.records.length,
    returnedPacks: packRequestIds(inventory.records).size,
    validatedIndicators: base.requests.filter((r) => requestState(r) === "validated").length,
    neededIndicators: profile.indicators.length,
  });
}

/** The profile as saved: with its tracking, when there is any. */
export function withTracking(
  profile: NeedsProfile | undefined,
  tracking: ProfileTracking | undefined,
): NeedsProfile | undefined {
  if (profile === undefined || tracking === undefined) return profile;
  return { ...profile, tracking };
}
