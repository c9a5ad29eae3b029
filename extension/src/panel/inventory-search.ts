/** Inventory search in the side panel: every word must appear in the record's shown fields. */
import type { SourceRecord } from "@gapmap/core/inventory";

function haystack(record: SourceRecord, names: (id: string) => string): string {
  const location = record.location.kind === "web" ? record.location.url : "";
  return [
    record.id,
    record.title ?? "",
    record.producer ?? "",
    location,
    record.notes ?? "",
    ...record.indicators,
    ...record.indicators.map(names),
    ...record.years.map(String),
  ]
    .join(" ")
    .toLocaleLowerCase();
}

export function searchRecords(
  records: readonly SourceRecord[],
  query: string,
  names: (id: string) => string,
): SourceRecord[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter((record) => {
    const text = haystack(record, names);
    return words.every((word) => text.includes(word));
  });
}
