/**
 * A gap's explanation as data: a message ID and the values it names (codes and IDs, never
 * English words), so each surface renders it in its own language (gap-detail-text.ts). The
 * check's `detail` keeps the English sentence, rendered from the same message, for the CLI, the
 * CSV and older readers.
 */
import { z } from "zod";
import { catalogueIdSchema, dimensionKindSchema } from "../catalogue/vocabulary";
import {
  ACCESS_LEVELS,
  GEOGRAPHY_LEVELS,
  PERIODICITIES,
  QUALITY_FLAGS,
} from "../inventory/source-record";

/** The frequencies a need can ask for (needs-profile.ts), repeated here to keep imports acyclic. */
const neededFrequency = z.enum(["monthly", "quarterly", "annual", "multi-year"]);
const periodicity = z.enum(PERIODICITIES);
const geography = z.enum(GEOGRAPHY_LEVELS);
const year = z.number().int();

export const OPENNESS_ELEMENTS = [
  "machineReadable",
  "nonProprietary",
  "downloadOptions",
  "metadata",
  "openLicence",
] as const;
export type OpennessElement = (typeof OPENNESS_ELEMENTS)[number];

/** One way a record's definition differs: a compared field, or a named national variant. */
export const definitionDeviationSchema = z.union([
  z.strictObject({
    field: z.enum([
      "residenceThresholdMonths",
      "residenceBasis",
      "migrantCriterion",
      "countingUnit",
      "includesCitizens",
    ]),
    record: z.union([z.string(), z.number(), z.boolean()]),
    standard: z.union([z.string(), z.number(), z.boolean()]),
    /** The standard's citation ("UN 1998"), the same in every language. */
    standardLabel: z.string().optional(),
    /** The concept that sets the standard when no catalogue standard is named. */
    concept: catalogueIdSchema.optional(),
  }),
  /** A national variant, named by its concept and its ID (variant IDs repeat across concepts). */
  z.strictObject({ variant: catalogueIdSchema, concept: catalogueIdSchema }),
]);
export type DefinitionDeviation = z.infer<typeof definitionDeviationSchema>;

const message = <I extends string, S extends z.core.$ZodLooseShape>(id: I, shape: S) =>
  z.strictObject({ id: z.literal(id), ...shape });

export const gapMessageSchema = z.discriminatedUnion("id", [
  message("data.none", {}),
  message("data.proxy", {}),
  message("data.available", {}),
  message("disaggregation.met", {}),
  message("disaggregation.missing", { breakdowns: z.array(dimensionKindSchema).min(1) }),
  message("reporting.unknown", { needed: neededFrequency }),
  message("reporting.met", { published: periodicity }),
  message("reporting.short", { published: periodicity, needed: neededFrequency }),
  message("timeliness.noYears", { needed: year }),
  message("timeliness.met", { latest: year }),
  message("timeliness.late", { latest: year, needed: year }),
  message("geographic.none", { needed: geography }),
  message("geographic.met", { available: geography }),
  message("geographic.short", { available: geography, needed: geography }),
  message("definition.noStandard", {}),
  message("definition.standard", {}),
  message("definition.undocumented", {}),
  message("definition.differs", { deviations: z.array(definitionDeviationSchema) }),
  message("records.none", {}),
  message("access.public", {}),
  message("access.level", { access: z.enum(ACCESS_LEVELS) }),
  message("openness.undocumented", {}),
  message("openness.met", {}),
  message("openness.lacks", {
    lacking: z.array(z.strictObject({ element: z.enum(OPENNESS_ELEMENTS), partly: z.boolean() })),
  }),
  message("quality.met", {}),
  message("quality.flags", { flags: z.array(z.enum(QUALITY_FLAGS)).min(1) }),
]);
export type GapMessage = z.infer<typeof gapMessageSchema>;
export type GapMessageId = GapMessage["id"];
