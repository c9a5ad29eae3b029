/**
 * The part of `gapmap scan --json` output that becomes source records. Validated here because
 * it crosses a process boundary. Deliberately looser than core/src/scan/scan-report.ts (the
 * writer's contract): only the fields used here are checked, extra fields are allowed, so files
 * from older and newer scanners still import.
 */
import { z } from "zod";
import { DERIVED_KINDS } from "../tables/schema";

const derivedBlockSchema = z.looseObject({
  range: z.string(),
  kind: z.enum(DERIVED_KINDS),
  label: z.string(),
});

const scanWarningSchema = z.union([
  z.string(),
  z.looseObject({
    code: z.string().optional(),
    kind: z.string().optional(),
    message: z.string().optional(),
  }),
]);
export type ScanWarning = z.infer<typeof scanWarningSchema>;

export const scanTableSchema = z.looseObject({
  range: z.string().min(1),
  title: z.string().nullish(),
  unit: z.string().nullish(),
  indicators: z.array(
    z.looseObject({ id: z.string(), score: z.number(), evidence: z.unknown().optional() }),
  ),
  dimensions: z.array(z.looseObject({ kind: z.string(), role: z.string().nullish() })).default([]),
  periods: z
    .looseObject({
      years: z.array(z.number()).default([]),
      first: z.union([z.number(), z.string()]).nullish(),
      last: z.union([z.number(), z.string()]).nullish(),
      frequency: z.string().nullish(),
    })
    .optional(),
  missingShare: z.number().nullish(),
  warnings: z.array(scanWarningSchema).default([]),
  /** Derived blocks ("Change (%)") this table holds, or the table a derived block restates. */
  detail: z
    .looseObject({
      derived: z.array(derivedBlockSchema).optional(),
      derivedOf: derivedBlockSchema.optional(),
    })
    .optional(),
});
export type ScanTable = z.infer<typeof scanTableSchema>;

export const scanOutputSchema = z.looseObject({
  files: z.array(
    z.looseObject({
      file: z.string().min(1),
      ok: z.boolean(),
      /** Why a file was not read (codes "request-pack-…" for refused data-request packs). */
      error: z
        .looseObject({ code: z.string().optional(), message: z.string().optional() })
        .optional(),
      /** A returned data-request pack's reading, checked strictly where it is used. */
      dataRequest: z.unknown().optional(),
      dataRequestGuess: z.string().optional(),
      sheets: z
        .array(z.looseObject({ name: z.string(), tables: z.array(scanTableSchema).default([]) }))
        .default([]),
    }),
  ),
});
export type ScanOutput = z.infer<typeof scanOutputSchema>;
