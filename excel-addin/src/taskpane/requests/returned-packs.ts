/**
 * Returned packs the user opens: read exactly by their key (core), checked against the current
 * needs profile, and turned into source records with the origin "data request". A pack either
 * imports whole or not at all; each outcome is described for the pane.
 */
import {
  checkPackProfile,
  readReturnedPack,
  recordsFromPack,
  RequestPackError,
  type Assessment,
  type MergeInput,
  type NeedsProfile,
  type PackReading,
  type RequestPackErrorKind,
  type SourceRecord,
} from "@gapmap/core";
import { inventoryOf } from "../model/review";

export type ReturnedPack =
  | { status: "read"; file: string; reading: PackReading; records: SourceRecord[] }
  | { status: "not-a-pack"; file: string }
  | { status: "refused"; file: string; kind: RequestPackErrorKind; problems: readonly string[] };

export async function readReturnedFile(
  file: string,
  bytes: Uint8Array,
  profile: Pick<NeedsProfile, "name" | "preset">,
): Promise<ReturnedPack> {
  try {
    const reading = await readReturnedPack(bytes);
    if (reading === undefined) return { status: "not-a-pack", file };
    checkPackProfile(reading, profile);
    return { status: "read", file, reading, records: recordsFromPack(reading, file) };
  } catch (error) {
    if (!(error instanceof RequestPackError)) throw error;
    return { status: "refused", file, kind: error.kind, problems: error.problems };
  }
}

/** The record IDs each indicator of the pack became. */
export function recordIdsByIndicator(records: readonly SourceRecord[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const record of records)
    for (const indicator of record.indicators)
      ids.set(indicator, [...(ids.get(indicator) ?? []), record.id]);
  return ids;
}

/**
 * The imports with this pack's records in: a pack read again (a corrected return) replaces the
 * records an earlier reading of the same request gave, wherever they were kept.
 */
export function withPackRecords(
  imports: readonly MergeInput[],
  read: Extract<ReturnedPack, { status: "read" }>,
): MergeInput[] {
  const prefix = `${read.reading.requestId}:`;
  const kept = imports
    .map((input) => ({
      ...input,
      inventory: {
        ...input.inventory,
        records: input.inventory.records.filter(
          (r) => !(r.origin === "data-request" && r.id.startsWith(prefix)),
        ),
      },
    }))
    .filter((input) => input.inventory.records.length > 0);
  if (read.records.length === 0) return kept;
  return [...kept, { owner: read.file, inventory: inventoryOf(read.records) }];
}

export interface AvailabilityChange {
  indicator: string;
  before: string;
  after: string;
}

/** Indicators whose availability the returned data changed. */
export function availabilityChanges(before: Assessment, after: Assessment): AvailabilityChange[] {
  const earlier = new Map(before.rows.map((r) => [r.indicator, r.availability]));
  return after.rows.flatMap((row) => {
    const was = earlier.get(row.indicator);
    return was === undefined || was === row.availability
      ? []
      : [{ indicator: row.indicator, before: was, after: row.availability }];
  });
}
