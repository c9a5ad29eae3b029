/**
 * When two source records describe the same thing: the same location, or the same indicator
 * from the same producer over overlapping years. Used by the merge to find duplicates and
 * conflicts between inventories.
 */
import { canonicalJson } from "./canonical-json";
import type { SourceRecord } from "./source-record";

const fold = (text: string) => text.trim().toLowerCase();

/** Sheet names and file names compare case-insensitively (as Excel and Windows do); "$" is cosmetic. */
export function locationKey(location: SourceRecord["location"]): string {
  switch (location.kind) {
    case "workbook":
      return [
        "workbook",
        fold(location.file),
        fold(location.sheet),
        fold(location.range ?? "").replaceAll("$", ""),
      ].join("|");
    case "web":
      return ["web", location.url.trim(), canonicalJson(location.selectors)].join("|");
    case "other":
      return ["other", fold(location.description)].join("|");
  }
}

/** Keys under which records may describe the same series: one per indicator, when the producer is known. */
export function seriesKeys(record: SourceRecord): string[] {
  if (record.producer === undefined) return [];
  const producer = fold(record.producer);
  return [...new Set(record.indicators)].map((indicator) => `${indicator}|${producer}`);
}

function yearsOverlap(a: readonly number[], b: readonly number[]): boolean {
  const years = new Set(a);
  return b.some((year) => years.has(year));
}

function sharesSeries(a: SourceRecord, b: SourceRecord): boolean {
  const keys = new Set(seriesKeys(a));
  return seriesKeys(b).some((key) => keys.has(key)) && yearsOverlap(a.years, b.years);
}

export function describeSameThing(a: SourceRecord, b: SourceRecord): boolean {
  return locationKey(a.location) === locationKey(b.location) || sharesSeries(a, b);
}
