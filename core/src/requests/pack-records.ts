/**
 * Source records from a returned pack: one per table that holds at least one number, with the
 * years and breakdowns that actually have numbers, so a partly filled table gives partial
 * availability. A table returned empty gives no record (the indicator stays as it was).
 */
import type { NeedsProfile } from "../needs/needs-profile";
import { sourceRecordSchema, type SourceRecord } from "../inventory/source-record";
import { RequestPackError } from "./request-pack-error";
import type { PackReading } from "./request-pack-schema";

/** Refuses a pack made for another needs profile, before any of it is imported. */
export function checkPackProfile(
  reading: PackReading,
  profile: Pick<NeedsProfile, "name" | "preset">,
): void {
  const same = reading.profile.name === profile.name && reading.profile.preset === profile.preset;
  if (!same)
    throw new RequestPackError("other-profile", [
      `pack ${reading.requestId} was made for the profile "${reading.profile.name}", not "${profile.name}"; it was not imported`,
    ]);
}

/** The ID of the record one returned table becomes; tracking links a receipt to it. */
export function packRecordId(requestId: string, indicator: string): string {
  return `${requestId}:${indicator}`;
}

export function recordsFromPack(reading: PackReading, file: string): SourceRecord[] {
  return reading.tables
    .filter((table) => table.filledCells > 0)
    .map((table) => {
      const returned = reading.returnedOn === undefined ? "" : `, returned ${reading.returnedOn}`;
      const notes = [
        `Data request ${reading.requestId} to ${reading.agency}${returned}.`,
        ...table.notes,
        ...table.changes.map((c) => `Layout changed: ${c}.`),
        ...reading.warnings.map((w) => `Pack check: ${w}.`),
      ];
      return sourceRecordSchema.parse({
        id: packRecordId(reading.requestId, table.indicator),
        indicators: [table.indicator],
        location: { kind: "workbook", file, sheet: table.sheet, range: table.range },
        title: `${table.indicator} (data request ${reading.requestId})`,
        producer: reading.agency,
        years: table.years,
        ...(reading.returnedOn === undefined ? {} : { lastUpdate: reading.returnedOn }),
        // The pack asks for calendar years, one column each.
        periodicity: table.years.length > 1 ? "annual" : "unknown",
        breakdowns: table.breakdowns.map((kind) => ({ kind })),
        geography: "national",
        access: "on-request",
        quality: [],
        proxy: false,
        notes: notes.join(" "),
        origin: "data-request",
      });
    });
}
