/**
 * Version 0: the flat pre-release inventory shape, still found in early pilot files.
 *
 *   { schemaVersion?: 0, owner?, records: [{
 *       id, indicator: "<one catalogue ID>",
 *       file?, sheet?, range?   (a workbook location)  | url? (a web page),
 *       title?, producer?, sourceType?, lastUpdate?, notes?,
 *       years: "2010-2015" | "2010-2015, 2018" | "",
 *       periodicity, geography, access,
 *       breakdowns?: ["country:asylum", "sex"], quality?: [...], proxy?
 *   }] }
 *
 * It had no `origin`: such records came from files, so they migrate as origin "import".
 */
import { z } from "zod";
import type { SourceRecordInput } from "./source-record";
import { parseYearRanges } from "./year-ranges";

const v0RecordSchema = z.looseObject({
  id: z.string(),
  indicator: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  range: z.string().optional(),
  url: z.string().optional(),
  years: z.string().default(""),
  breakdowns: z.array(z.string()).default([]),
  quality: z.array(z.string()).default([]),
});

export const inventoryV0Schema = z.looseObject({
  schemaVersion: z.literal(0).optional(),
  owner: z.string().optional(),
  records: z.array(v0RecordSchema),
});

type V0Record = z.infer<typeof v0RecordSchema>;

/** Fields that version 1 moved or renamed. */
const V0_ONLY_KEYS = ["indicator", "file", "sheet", "range", "url"] as const;

function v0Location(record: V0Record): SourceRecordInput["location"] | undefined {
  if (record.file !== undefined) {
    return {
      kind: "workbook",
      file: record.file,
      sheet: record.sheet ?? "",
      ...(record.range === undefined ? {} : { range: record.range }),
    };
  }
  if (record.url !== undefined) return { kind: "web", url: record.url, selectors: [] };
  return undefined;
}

function v0Breakdown(text: string): { kind: string; role?: string } {
  const [kind = "", role] = text.split(":").map((part) => part.trim());
  return role === undefined || role === "" ? { kind } : { kind, role };
}

/**
 * One v0 record as a version-1 candidate. Fields that cannot be converted are left in a shape
 * the version-1 schema rejects, so the import reports them at the right place.
 */
function migrateRecord(record: V0Record): unknown {
  const candidate: Record<string, unknown> = { ...record };
  for (const key of V0_ONLY_KEYS) candidate[key] = undefined;
  const parsedYears = parseYearRanges(record.years);
  return JSON.parse(
    JSON.stringify({
      ...candidate,
      indicators: [record.indicator],
      location: v0Location(record),
      years: parsedYears.ok ? parsedYears.years : record.years,
      breakdowns: record.breakdowns.map(v0Breakdown),
      origin: "import",
    }),
  ) as unknown;
}

/** A v0 inventory as a version-1 candidate, to be validated by the version-1 schema. */
export function migrateV0ToV1(v0: z.infer<typeof inventoryV0Schema>): unknown {
  return { ...v0, schemaVersion: 1, records: v0.records.map(migrateRecord) };
}
