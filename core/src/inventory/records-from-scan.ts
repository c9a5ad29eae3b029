/**
 * Source records from `gapmap scan --json` output: one record per detected table whose best
 * indicator match is confident enough. The scan says what is in a workbook; the owner supplies
 * what it cannot see (producer, access, source type).
 */
import { recordsFromPack } from "../requests/pack-records";
import { packReadingSchema, type PackReading } from "../requests/request-pack-schema";
import { derivedNote } from "./derived-note";
import { InventoryImportError, issuePath } from "./inventory-import-error";
import { scanOutputSchema, type ScanTable, type ScanWarning } from "./scan-output-schema";
import {
  MAX_YEAR,
  MIN_YEAR,
  sourceRecordSchema,
  type SourceRecord,
  type SourceRecordInput,
} from "./source-record";

/** Scores run 0–1; below this the indicator guess is too weak to put in an inventory unreviewed. */
export const MIN_SCAN_INDICATOR_SCORE = 0.6;

export interface ScanImportOptions {
  producer?: string;
  access?: SourceRecord["access"];
  sourceType?: string;
  geography?: SourceRecord["geography"];
  /** Overrides MIN_SCAN_INDICATOR_SCORE. */
  minScore?: number;
  /**
   * Record derived blocks ("Change (%)" under a table) too. Off by default: a block restates
   * the table it derives from, whose record names it; on where a person chose to keep one.
   */
  keepDerived?: boolean;
}

const PERIODICITY_OF_FREQUENCY: Readonly<Record<string, SourceRecord["periodicity"]>> = {
  annual: "annual",
  quarterly: "quarterly",
  monthly: "monthly",
  "multi-year": "multi-year",
};

/**
 * Warnings about a table's unit: the detector's own wording (`unit "…" is in USD but the title
 * "…" says AMD`, tables/inconsistencies.ts) and generic codes such as "inconsistent-unit".
 */
const INCONSISTENT_UNIT = /inconsistent[- ]units?|mixed[- ]units?|^unit ".*" is in .* but /is;

function warnsOfInconsistentUnit(warning: ScanWarning): boolean {
  if (typeof warning === "string") return INCONSISTENT_UNIT.test(warning);
  return [warning.code, warning.kind, warning.message].some(
    (text) => text !== undefined && INCONSISTENT_UNIT.test(text),
  );
}

function tableRecord(
  file: string,
  sheet: string,
  table: ScanTable,
  options: ScanImportOptions,
  minScore: number,
) {
  const indicators = table.indicators
    .filter((indicator) => indicator.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .map((indicator) => indicator.id);
  if (indicators.length === 0) return undefined;
  const title = table.title?.trim();
  const unit = table.unit?.trim();
  const notes = [
    unit === undefined || unit === "" ? "" : `Unit: ${unit}`,
    derivedNote(table.detail?.derived ?? []),
  ].filter((n) => n !== "");
  const candidate: SourceRecordInput = {
    id: `scan:${file}#${sheet}!${table.range}`,
    indicators: [...new Set(indicators)],
    location: { kind: "workbook", file, sheet, range: table.range },
    ...(title === undefined || title === "" ? {} : { title }),
    ...(options.producer === undefined ? {} : { producer: options.producer }),
    ...(options.sourceType === undefined ? {} : { sourceType: options.sourceType }),
    ...(notes.length === 0 ? {} : { notes: notes.join(" ") }),
    years: (table.periods?.years ?? []).filter(
      (year) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR,
    ),
    periodicity: PERIODICITY_OF_FREQUENCY[table.periods?.frequency ?? ""] ?? "unknown",
    breakdowns: table.dimensions.map((d) =>
      d.role == null ? { kind: d.kind } : { kind: d.kind, role: d.role },
    ) as SourceRecordInput["breakdowns"],
    geography: options.geography ?? "national",
    access: options.access ?? "public",
    quality: table.warnings.some(warnsOfInconsistentUnit) ? ["inconsistent-unit"] : [],
    origin: "scan",
  };
  return candidate;
}

/** A table detected in a pack whose key was removed: say so where the record is read. */
function markAsGuess(candidate: SourceRecordInput, why: string): void {
  candidate.notes = [`Guess: ${why}.`, candidate.notes].filter((n) => n !== undefined).join(" ");
}

/** The records of a returned pack, read exactly by its key (requests/pack-records.ts). */
function packRecords(
  file: string,
  json: unknown,
): { records: SourceRecord[]; problems: InventoryImportError["problems"] } {
  const reading = packReadingSchema.safeParse(json);
  if (!reading.success)
    return {
      records: [],
      problems: reading.error.issues.map((issue) => ({
        field: `dataRequest.${issuePath(issue)}`,
        message: `${file}: ${issue.message}`,
      })),
    };
  return { records: recordsFromPack(reading.data, file), problems: [] };
}

/** The returned data-request packs a scan report read (files with a valid `dataRequest`). */
export function packReadingsFromScan(scanJson: unknown): { file: string; reading: PackReading }[] {
  const scan = scanOutputSchema.safeParse(scanJson);
  if (!scan.success) return [];
  return scan.data.files.flatMap((file) => {
    if (!file.ok || file.dataRequest === undefined) return [];
    const reading = packReadingSchema.safeParse(file.dataRequest);
    return reading.success ? [{ file: file.file, reading: reading.data }] : [];
  });
}

export interface PackIssue {
  file: string;
  refused?: string;
  guess?: string;
}

/**
 * Returned packs the scan did not read exactly: refused (`refused`, the reason; nothing of it
 * becomes a record) or read by detection because the key was removed (`guess`; its records are
 * marked as guesses).
 */
export function packIssuesFromScan(scanJson: unknown): PackIssue[] {
  const scan = scanOutputSchema.safeParse(scanJson);
  if (!scan.success) return [];
  return scan.data.files.flatMap((file): PackIssue[] => {
    if (!file.ok && file.error?.code?.startsWith("request-pack-") === true)
      return [{ file: file.file, refused: file.error.message ?? file.error.code }];
    if (file.ok && file.dataRequestGuess !== undefined)
      return [{ file: file.file, guess: file.dataRequestGuess }];
    return [];
  });
}

/** Throws InventoryImportError when the scan output or a resulting record is malformed. */
export function recordsFromScan(
  scanJson: unknown,
  options: ScanImportOptions = {},
): SourceRecord[] {
  const scan = scanOutputSchema.safeParse(scanJson);
  if (!scan.success) {
    throw new InventoryImportError(
      scan.error.issues.map((issue) => ({ field: issuePath(issue), message: issue.message })),
    );
  }
  const minScore = options.minScore ?? MIN_SCAN_INDICATOR_SCORE;
  const records: SourceRecord[] = [];
  const problems: InventoryImportError["problems"] = [];
  for (const file of scan.data.files) {
    if (!file.ok) continue;
    if (file.dataRequest !== undefined) {
      const pack = packRecords(file.file, file.dataRequest);
      records.push(...pack.records);
      problems.push(...pack.problems);
      continue;
    }
    for (const sheet of file.sheets) {
      for (const table of sheet.tables) {
        if (table.detail?.derivedOf !== undefined && options.keepDerived !== true) continue;
        const candidate = tableRecord(file.file, sheet.name, table, options, minScore);
        if (candidate === undefined) continue;
        if (file.dataRequestGuess !== undefined) markAsGuess(candidate, file.dataRequestGuess);
        const parsed = sourceRecordSchema.safeParse(candidate);
        if (parsed.success) records.push(parsed.data);
        else {
          const where = `${file.file} / ${sheet.name} / ${table.range}`;
          problems.push(
            ...parsed.error.issues.map((issue) => ({
              field: issuePath(issue),
              message: `${where}: ${issue.message}`,
            })),
          );
        }
      }
    }
  }
  if (problems.length > 0) throw new InventoryImportError(problems);
  return records;
}
