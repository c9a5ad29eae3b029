/**
 * Closed vocabularies shared by the catalogue, the table detector and the gap analysis.
 * Each list is the single source of truth; zod enums and TypeScript types derive from it.
 */
import { z } from "zod";

/** The seven catalogue languages. `sr` is Serbian in Latin script (ekavian and ijekavian forms). */
export const LANGUAGES = ["en", "fr", "es", "ru", "ro", "sr", "ar"] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Migration Profile template parts (IOM 2011): A trends, B impact, C governance, K key statistics. */
export const SECTIONS = [
  "A.1",
  "A.2",
  "A.3",
  "A.4",
  "A.5",
  "A.6",
  "B.1",
  "B.2",
  "B.3",
  "B.4",
  "B.5",
  "B.6",
  "C.1",
  "C.2",
  "C.3",
  "C.4",
  "K",
] as const;
export const sectionSchema = z.enum(SECTIONS);
export type Section = z.infer<typeof sectionSchema>;

export const SECTION_TITLES: Record<Section, string> = {
  "A.1": "Irregular migration",
  "A.2": "Immigration",
  "A.3": "Temporary migration",
  "A.4": "Emigration",
  "A.5": "Return migration",
  "A.6": "Internal migration",
  "B.1": "Migration and population change",
  "B.2": "Migration and economic development",
  "B.3": "Migration, employment and the labour market",
  "B.4": "Migration and social development",
  "B.5": "Migration and health",
  "B.6": "Migration and the environment",
  "C.1": "Policy framework",
  "C.2": "Laws and regulations",
  "C.3": "Institutional framework",
  "C.4": "International cooperation",
  K: "Key statistics",
};

export const MEASURES = ["stock", "flow", "rate", "share", "amount", "score", "policy"] as const;
export const measureSchema = z.enum(MEASURES);
export type Measure = z.infer<typeof measureSchema>;

/** What the numbers count, so a table's unit can be checked against the indicator it claims. */
export const UNIT_FAMILIES = [
  "persons",
  "events",
  "currency",
  "percent",
  "rate",
  "index",
  "qualitative",
] as const;
export const unitFamilySchema = z.enum(UNIT_FAMILIES);
export type UnitFamily = z.infer<typeof unitFamilySchema>;

/** Breakdown kinds: the `kind` column of shared/catalogue/dimensions.csv. */
export const DIMENSION_KINDS = [
  "sex",
  "age",
  "country",
  "region",
  "time",
  "education",
  "occupation",
  "reason",
  "duration",
  "migratory-status",
  "urban-rural",
] as const;
export const dimensionKindSchema = z.enum(DIMENSION_KINDS);
export type DimensionKind = z.infer<typeof dimensionKindSchema>;

/** Roles a country or region breakdown can play (dimensions.csv `roles`). */
export const DIMENSION_ROLES = [
  "birth",
  "citizenship",
  "origin",
  "destination",
  "asylum",
  "partner",
] as const;
export const dimensionRoleSchema = z.enum(DIMENSION_ROLES);
export type DimensionRole = z.infer<typeof dimensionRoleSchema>;

/** SDG global indicator code: goal.target.indicator, targets may be letters (10.c.1, 4.b.1). */
export const sdgCodeSchema = z
  .string()
  .regex(/^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])\.[1-9][0-9]?$/, "malformed SDG code");

/** Stable kebab-case identifier used for every catalogue entry. */
export const catalogueIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "IDs are lower-case kebab-case");
