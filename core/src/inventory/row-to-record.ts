/**
 * A flat row of cell texts → a source record, the reverse of record-to-row.ts. Cells are
 * decoded into a candidate, then the source-record schema validates it; every problem is
 * reported against the column it came from.
 */
import { columnForPath, LIST_SEPARATOR, type RecordColumn, type RecordRow } from "./record-columns";
import { sourceRecordSchema, type SourceRecord } from "./source-record";
import { parseYearRanges } from "./year-ranges";

export interface CellProblem {
  field: string;
  message: string;
}

export type RowResult = { ok: true; record: SourceRecord } | { ok: false; problems: CellProblem[] };

export interface RowDefaults {
  /** Origin for rows whose origin cell is empty (hand-filled template rows). */
  origin?: SourceRecord["origin"];
  /** ID for a row whose id cell is empty. */
  id: string;
}

const LOCATION_COLUMNS = {
  workbook: ["location.file", "location.sheet", "location.range"],
  web: ["location.url", "location.title", "location.selectors"],
  other: ["location.description"],
} as const satisfies Record<string, readonly RecordColumn[]>;
type LocationKind = keyof typeof LOCATION_COLUMNS;

function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR.trim())
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function isLocationKind(kind: string): kind is LocationKind {
  return Object.hasOwn(LOCATION_COLUMNS, kind);
}

/** The location kind written in the row, or the one its filled cells imply. */
function locationKind(row: RecordRow): string {
  const written = row["location.kind"].trim();
  if (written !== "") return written;
  if (row["location.file"] !== "") return "workbook";
  if (row["location.url"] !== "") return "web";
  if (row["location.description"] !== "") return "other";
  return "";
}

class RowDecoder {
  readonly problems: CellProblem[] = [];
  constructor(private readonly row: RecordRow) {}

  /** Optional text: an empty cell means absent. */
  text(column: RecordColumn): string | undefined {
    const cell = this.row[column];
    return cell === "" ? undefined : cell;
  }

  json(column: RecordColumn): unknown {
    const cell = this.row[column].trim();
    if (cell === "") return undefined;
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      this.problems.push({ field: column, message: "not valid JSON" });
      return undefined;
    }
  }

  boolean(column: RecordColumn): boolean | undefined {
    const cell = this.row[column].trim().toLowerCase();
    if (cell === "") return undefined;
    if (cell === "true" || cell === "yes") return true;
    if (cell === "false" || cell === "no") return false;
    this.problems.push({
      field: column,
      message: `expected true or false, got "${this.row[column]}"`,
    });
    return undefined;
  }

  years(): unknown {
    const parsed = parseYearRanges(this.row.years);
    if (parsed.ok) return parsed.years;
    this.problems.push({ field: "years", message: parsed.message });
    return [];
  }

  location(): unknown {
    const kind = locationKind(this.row);
    if (!isLocationKind(kind)) {
      const message =
        kind === ""
          ? "no location: fill location.file (and sheet), location.url or location.description"
          : `unknown location kind "${kind}" (workbook, web or other)`;
      this.problems.push({ field: "location.kind", message });
      return undefined;
    }
    for (const [otherKind, columns] of Object.entries(LOCATION_COLUMNS)) {
      if (otherKind === kind) continue;
      for (const column of columns) {
        if (this.row[column] !== "") {
          this.problems.push({
            field: column,
            message: `only applies to ${otherKind} locations, not ${kind}`,
          });
        }
      }
    }
    switch (kind) {
      case "workbook":
        return {
          kind,
          file: this.row["location.file"],
          sheet: this.row["location.sheet"],
          range: this.text("location.range"),
        };
      case "web":
        return {
          kind,
          url: this.row["location.url"],
          title: this.text("location.title"),
          selectors: this.json("location.selectors") ?? [],
        };
      case "other":
        return { kind, description: this.row["location.description"] };
    }
  }
}

/** Drops undefined properties, so absent cells stay absent under exactOptionalPropertyTypes. */
function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

export function rowToRecord(row: RecordRow, defaults: RowDefaults): RowResult {
  const decode = new RowDecoder(row);
  const location = decode.location();
  const candidate = withoutUndefined({
    id: row.id === "" ? defaults.id : row.id,
    title: decode.text("title"),
    indicators: splitList(row.indicators),
    producer: decode.text("producer"),
    sourceType: decode.text("sourceType")?.trim(),
    years: decode.years(),
    lastUpdate: decode.text("lastUpdate")?.trim(),
    periodicity: row.periodicity.trim() === "" ? "unknown" : row.periodicity.trim(),
    breakdowns: splitList(row.breakdowns).map((text) => {
      const [kind = "", role] = text.split(":").map((part) => part.trim());
      return role === undefined ? { kind } : { kind, role };
    }),
    geography: row.geography.trim(),
    access: row.access.trim(),
    quality: splitList(row.quality),
    proxy: decode.boolean("proxy"),
    notes: decode.text("notes"),
    origin: row.origin.trim() === "" ? defaults.origin : row.origin.trim(),
    location:
      location === undefined ? undefined : withoutUndefined(location as Record<string, unknown>),
    definition: decode.json("definition"),
    openness: decode.json("openness"),
    conflictsWith: decode.json("conflictsWith"),
  });
  const parsed = sourceRecordSchema.safeParse(candidate);
  if (parsed.success && decode.problems.length === 0) return { ok: true, record: parsed.data };
  const reported = new Set(decode.problems.map((problem) => problem.field.split(".")[0]));
  const schemaProblems = (parsed.error?.issues ?? [])
    .map((issue) => ({
      field: columnForPath(issue.path) ?? (issue.path.map(String).join(".") || "(row)"),
      message: issue.message,
    }))
    // A cell that could not be decoded was already reported; the schema would only echo it.
    .filter((problem) => !reported.has(problem.field.split(".")[0]));
  return { ok: false, problems: [...decode.problems, ...schemaProblems] };
}
