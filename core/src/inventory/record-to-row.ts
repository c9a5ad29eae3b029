/** A source record → its flat row of cell texts (see record-columns.ts for the layout). */
import { LIST_SEPARATOR, RECORD_COLUMNS, type RecordRow } from "./record-columns";
import type { SourceRecord } from "./source-record";
import { formatYearRanges } from "./year-ranges";

function emptyRow(): RecordRow {
  return Object.fromEntries(RECORD_COLUMNS.map((column) => [column, ""])) as RecordRow;
}

function locationCells(location: SourceRecord["location"]): Partial<RecordRow> {
  switch (location.kind) {
    case "workbook":
      return {
        "location.kind": "workbook",
        "location.file": location.file,
        "location.sheet": location.sheet,
        "location.range": location.range ?? "",
      };
    case "web":
      return {
        "location.kind": "web",
        "location.url": location.url,
        "location.title": location.title ?? "",
        "location.selectors": JSON.stringify(location.selectors),
      };
    case "other":
      return { "location.kind": "other", "location.description": location.description };
  }
}

export function recordToRow(record: SourceRecord): RecordRow {
  return {
    ...emptyRow(),
    id: record.id,
    title: record.title ?? "",
    indicators: record.indicators.join(LIST_SEPARATOR),
    producer: record.producer ?? "",
    sourceType: record.sourceType ?? "",
    years: formatYearRanges(record.years),
    lastUpdate: record.lastUpdate ?? "",
    periodicity: record.periodicity,
    breakdowns: record.breakdowns
      .map((b) => (b.role === undefined ? b.kind : `${b.kind}:${b.role}`))
      .join(LIST_SEPARATOR),
    geography: record.geography,
    access: record.access,
    quality: record.quality.join(LIST_SEPARATOR),
    proxy: String(record.proxy),
    origin: record.origin,
    notes: record.notes ?? "",
    ...locationCells(record.location),
    definition: record.definition === undefined ? "" : JSON.stringify(record.definition),
    openness: record.openness === undefined ? "" : JSON.stringify(record.openness),
    conflictsWith: record.conflictsWith === undefined ? "" : JSON.stringify(record.conflictsWith),
  };
}
