/**
 * The JSON contract of `gapmap scan` (and of the tables in `gapmap tag`): the shape other tools
 * and the inventory import rely on. Field names are fixed by the issue; fields may be added.
 */
import { z } from "zod";
import { DIMENSION_KINDS } from "../catalogue/vocabulary";
import type { DetectedTable } from "../tables/schema";
import { detectedTableSchema, runnerUpSchema } from "../tables/schema";
import { packReadingSchema } from "../requests/request-pack-schema";

export const SCAN_REPORT_VERSION = 1;

export const scanTableSchema = z.object({
  range: z.string(),
  title: z.string().nullable(),
  unit: z.string().nullable(),
  indicators: z.array(
    z.object({
      id: z.string(),
      score: z.number(),
      /** One readable line: which words matched, and where. */
      evidence: z.string(),
      /** On the best indicator when the second came close (stock-or-flow.ts). */
      runnerUp: runnerUpSchema.optional(),
      /** Guessed from words the labels share with it; no catalogue phrase named it. */
      guess: z.boolean().optional(),
    }),
  ),
  dimensions: z.array(z.object({ kind: z.enum(DIMENSION_KINDS), role: z.string().optional() })),
  periods: z.object({
    years: z.array(z.number().int()),
    first: z.number().int().nullable(),
    last: z.number().int().nullable(),
    frequency: z.string(),
  }),
  missingShare: z.number().min(0).max(1),
  /** Everything else detection found (header rows, label columns, holes, warnings, evidence detail). */
  detail: detectedTableSchema.omit({ indicators: true }).partial().optional(),
  warnings: z.array(z.string()).optional(),
});
export type ScanTable = z.infer<typeof scanTableSchema>;

export const scanFileSchema = z.object({
  file: z.string(),
  ok: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  warnings: z.array(z.string()).optional(),
  sheets: z.array(z.object({ name: z.string(), tables: z.array(scanTableSchema) })),
  /** A returned data-request pack, read exactly by its key instead of detected (issue 14). */
  dataRequest: packReadingSchema.optional(),
  /** Set when the file is a pack whose key was removed: why its tables are only guesses. */
  dataRequestGuess: z.string().optional(),
});
export type ScanFile = z.infer<typeof scanFileSchema>;

export const scanReportSchema = z.object({
  version: z.number().int().optional(),
  files: z.array(scanFileSchema),
});
export type ScanReport = z.infer<typeof scanReportSchema>;

function evidenceLine(match: DetectedTable["indicators"][number]): string {
  if (match.guess)
    return match.evidence
      .map((e) => `${e.where} "${e.text}" shares ${e.words.map((w) => `"${w}"`).join(", ")}`)
      .concat(match.evidence[0] ? [`with "${match.evidence[0].matched}"`] : [])
      .concat(
        match.basis && match.basis.length > 0 ? [`table holds ${match.basis.join(", ")}`] : [],
      )
      .join("; ");
  return match.evidence.map((e) => `${e.where} "${e.text}" matched "${e.matched}"`).join("; ");
}

/** The scan-report form of one detected table. */
export function toScanTable(table: DetectedTable): ScanTable {
  const { indicators, ...detail } = table;
  const years = table.periods.years;
  return {
    range: table.range,
    title: table.title,
    unit: table.unit,
    indicators: indicators.map((m) => ({
      id: m.id,
      score: m.score,
      evidence: evidenceLine(m),
      ...(m.runnerUp ? { runnerUp: m.runnerUp } : {}),
      ...(m.guess ? { guess: true } : {}),
    })),
    dimensions: table.dimensions.map((d) =>
      d.role ? { kind: d.kind, role: d.role } : { kind: d.kind },
    ),
    periods: {
      years,
      first: years.length > 0 ? Math.min(...years) : null,
      last: years.length > 0 ? Math.max(...years) : null,
      frequency: table.periods.frequency,
    },
    missingShare: Math.round(table.missingShare * 1000) / 1000,
    detail,
    ...(table.warnings.length > 0 ? { warnings: table.warnings } : {}),
  };
}
