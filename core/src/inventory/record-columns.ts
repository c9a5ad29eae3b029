/**
 * The flat columns a source record is written to in CSV, .xlsx and the hand-fill template.
 * One column per field; nested fields are flattened as documented here:
 *
 * | column                 | content                                                     |
 * |------------------------|-------------------------------------------------------------|
 * | indicators             | catalogue IDs joined by "; "                                |
 * | years                  | compressed: "2010-2015; 2018"                               |
 * | breakdowns             | "kind" or "kind:role" joined by "; ", e.g. "country:asylum; sex" |
 * | quality                | quality flags joined by "; "                                |
 * | proxy                  | "true" or "false"                                           |
 * | location.kind          | workbook, web or other (inferred when left empty)           |
 * | location.file/sheet/range | workbook locations                                       |
 * | location.url/title     | web locations; location.selectors holds their JSON array    |
 * | location.description   | other locations                                             |
 * | definition, openness   | JSON objects                                                |
 * | conflictsWith          | JSON array of record IDs                                    |
 *
 * An empty cell means the optional field is absent.
 */

export const RECORD_COLUMNS = [
  "id",
  "title",
  "indicators",
  "producer",
  "sourceType",
  "years",
  "lastUpdate",
  "periodicity",
  "breakdowns",
  "geography",
  "access",
  "quality",
  "proxy",
  "origin",
  "notes",
  "location.kind",
  "location.file",
  "location.sheet",
  "location.range",
  "location.url",
  "location.title",
  "location.selectors",
  "location.description",
  "definition",
  "openness",
  "conflictsWith",
] as const;

export type RecordColumn = (typeof RECORD_COLUMNS)[number];
export type RecordRow = Record<RecordColumn, string>;

const COLUMN_SET: ReadonlySet<string> = new Set(RECORD_COLUMNS);

export function isRecordColumn(name: string): name is RecordColumn {
  return COLUMN_SET.has(name);
}

/** Separator for multi-valued closed fields (IDs and flags never contain it). */
export const LIST_SEPARATOR = "; ";

/**
 * The column a zod issue path belongs to, e.g. ["location", "file"] → "location.file",
 * ["indicators", 2] → "indicators", ["definition", "params", "note"] → "definition".
 */
export function columnForPath(path: readonly PropertyKey[]): RecordColumn | undefined {
  for (let length = path.length; length > 0; length--) {
    const name = path.slice(0, length).map(String).join(".");
    if (isRecordColumn(name)) return name;
  }
  return undefined;
}
