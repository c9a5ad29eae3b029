/**
 * zod schemas of the catalogue. Authors write the compact *input* form (synonyms grouped by
 * language, plain strings for unverified terms); parsing yields the flat *output* form that the
 * rest of the code uses. Types come from these schemas, never written by hand.
 */
import { z } from "zod";
import {
  catalogueIdSchema,
  dimensionKindSchema,
  languageSchema,
  measureSchema,
  sdgCodeSchema,
  sectionSchema,
  unitFamilySchema,
  type Language,
} from "./vocabulary";
import { displayNamesSchema } from "./display-names-schema";

const text = z.string().trim().min(1);

/**
 * Kinds of term other than a plain phrase: matchers treat an acronym case-sensitively, and a
 * dataset code ("migr_resfirst", "tps00176") only whole and letter for letter (any case).
 */
export const TERM_KINDS = ["acronym", "code"] as const;
export const termKindSchema = z.enum(TERM_KINDS);
export type TermKind = z.infer<typeof termKindSchema>;

/** A term as authored: a bare string is an unverified term; an object can carry more. */
export const termInputSchema = z.union([
  z.string().trim().min(2),
  z.strictObject({
    text: z.string().trim().min(2),
    /** Checked against an official publication (domain-facts [V]); otherwise unverified. */
    verified: z.boolean().optional(),
    /** Where the term was checked, e.g. "UN SDG titles (FR)". */
    source: z.string().optional(),
    /** The same words legitimately name another indicator too; matching must not treat them as decisive. */
    ambiguous: z.boolean().optional(),
    /** Regional form, e.g. "ijekavian" for Serbian in Bosnia and Herzegovina and Montenegro. */
    variant: z.string().optional(),
    /**
     * `acronym`: an acronym or national shorthand ("NRM", "OFW", «РВП»), matched only where the
     * text writes it with the same letter case. `code`: a dataset code ("migr_imm1ctz"), matched
     * only whole and exactly, never through a typo, an inflection or a part of it.
     */
    kind: termKindSchema.optional(),
  }),
]);
export type TermInput = z.input<typeof termInputSchema>;

export const synonymSchema = z.strictObject({
  text: z.string().trim().min(2),
  lang: languageSchema,
  status: z.enum(["verified", "unverified"]),
  source: z.string().optional(),
  ambiguous: z.boolean(),
  variant: z.string().optional(),
  kind: termKindSchema.optional(),
});
export type Synonym = z.infer<typeof synonymSchema>;

/** Terms grouped by language, as authors write them; at least one language must be present. */
const termsByLanguageSchema = z.partialRecord(languageSchema, z.array(termInputSchema));

/** Terms grouped by language → the flat synonym list (the schema's one transform). */
export function flattenTerms(byLang: z.infer<typeof termsByLanguageSchema>): Synonym[] {
  const out: Synonym[] = [];
  for (const [lang, terms] of Object.entries(byLang) as [
    Language,
    z.infer<typeof termInputSchema>[],
  ][]) {
    for (const term of terms) {
      const t = typeof term === "string" ? { text: term } : term;
      out.push({
        text: t.text,
        lang,
        status: t.verified === true ? "verified" : "unverified",
        ambiguous: t.ambiguous === true,
        ...(t.source === undefined ? {} : { source: t.source }),
        ...(t.variant === undefined ? {} : { variant: t.variant }),
        ...(t.kind === undefined ? {} : { kind: t.kind }),
      });
    }
  }
  return out;
}

export const synonymsSchema = termsByLanguageSchema
  .transform(flattenTerms)
  .pipe(z.array(synonymSchema).min(1, "an entry needs at least one synonym"));

/** A public series that carries the indicator (SDG database, WDI, Eurostat, UN DESA...). */
export const seriesSchema = z.strictObject({
  code: text,
  publisher: text,
});

/**
 * Parameters of a statistical definition, comparable field by field. The standard sets them
 * on a concept; a national variant, or a source record, overrides some of them.
 */
export const definitionParamsSchema = z.strictObject({
  /** Minimum (intended) stay that makes a move count as migration, in months. */
  residenceThresholdMonths: z.number().positive().optional(),
  /** What residence means: actual usual residence, or a legal / registered address. */
  residenceBasis: z.enum(["usual", "registered", "legal-permanent"]).optional(),
  /** What makes a person a migrant in stock counts. */
  migrantCriterion: z
    .enum(["birth", "citizenship", "birth-and-citizenship", "immigre", "permit"])
    .optional(),
  /** For flows: people, or events such as crossings, applications or permits. */
  countingUnit: z.enum(["persons", "events", "cases", "money"]).optional(),
  /** Whether own citizens are included. */
  includesCitizens: z.boolean().optional(),
  /** Free-text precision that the fields above cannot express. */
  note: z.string().optional(),
});
export type DefinitionParams = z.infer<typeof definitionParamsSchema>;

export const standardSchema = z.strictObject({
  id: catalogueIdSchema,
  name: text,
  body: text,
  year: z.number().int().min(1900).max(2100),
  reference: z.string().optional(),
});
export type Standard = z.infer<typeof standardSchema>;

export const nationalVariantSchema = z.strictObject({
  id: catalogueIdSchema,
  label: text,
  /** ISO 3166-1 alpha-2 codes of the countries known to use it, or empty when widespread. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  criterion: text,
  params: definitionParamsSchema,
  status: z.enum(["verified", "partly-verified", "unverified"]),
});
export type NationalVariant = z.infer<typeof nationalVariantSchema>;

export const conceptSchema = z.strictObject({
  id: catalogueIdSchema,
  name: text,
  definition: text,
  /** IDs from `standards`. */
  standards: z.array(catalogueIdSchema).min(1),
  criterion: text,
  params: definitionParamsSchema,
  variants: z.array(nationalVariantSchema),
  terms: synonymsSchema.optional(),
});
export type Concept = z.infer<typeof conceptSchema>;

export const indicatorSchema = z.strictObject({
  id: catalogueIdSchema,
  section: sectionSchema,
  name: text,
  /** One to three sentences, in our own words. */
  definition: text,
  measure: measureSchema,
  /**
   * For a stock, the flow that adds to it; for a flow, the stock it feeds ("asylum applications"
   * ↔ "asylum seekers awaiting a decision"). A period or time-point cue in a table switches a
   * match to it.
   */
  counterpart: catalogueIdSchema.optional(),
  unitFamily: unitFamilySchema,
  requiredDimensions: z.array(dimensionKindSchema),
  sdg: sdgCodeSchema.optional(),
  series: z.array(seriesSchema),
  /** IDs from `standards`. */
  standards: z.array(catalogueIdSchema),
  /** IDs from `concepts`: the definitions whose national variants the gap analysis compares. */
  concepts: z.array(catalogueIdSchema),
  /** IDs from `sourceTypes`. */
  sourceTypes: z.array(catalogueIdSchema).min(1),
  /** IDs from `policyThemes`. */
  themes: z.array(catalogueIdSchema),
  synonyms: synonymsSchema,
  /**
   * Words a publisher uses alone as the name of a file, sheet or table of this indicator
   * ("applications", «residencias»). Too vague for a page or a longer label, they count only
   * as a table's one measure word (core/src/tables/lone-label-word.ts), never in page text.
   */
  shorthand: synonymsSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;

export const sourceTypeSchema = z.strictObject({
  id: catalogueIdSchema,
  name: text,
  category: z.enum(["census-survey", "administrative", "international", "estimate", "policy"]),
  producer: text,
  /**
   * The national agency a Technical Working Group asks for this kind of data: the producer
   * itself for national sources, the national counterpart (statistics office or ministry) for
   * international databases, which a TWG does not send requests to.
   */
  requestAgency: text,
  periodicity: text,
  measures: z.array(z.enum(["stock", "flow", "event", "price", "policy", "money"])).min(1),
  strengths: z.array(text).min(1),
  blindSpots: z.array(text).min(1),
  typicalDimensions: z.array(dimensionKindSchema),
});
export type SourceType = z.infer<typeof sourceTypeSchema>;

export const policyThemeSchema = z.strictObject({
  id: catalogueIdSchema,
  name: text,
  /** The seed template's three policy areas. */
  area: z.enum(["trends", "impact", "governance"]),
});
export type PolicyTheme = z.infer<typeof policyThemeSchema>;

export const priorities = ["high", "medium", "low"] as const;
export const prioritySchema = z.enum(priorities);

export const presetItemSchema = z.strictObject({
  indicator: catalogueIdSchema,
  /** Overrides the indicator's default required breakdowns. */
  requiredDimensions: z.array(dimensionKindSchema).optional(),
  priority: prioritySchema.default("medium"),
});

export const presetSchema = z.strictObject({
  id: catalogueIdSchema,
  name: text,
  description: text,
  /** `candidate` marks lists not yet checked against the official publication. */
  status: z.enum(["official", "derived", "candidate"]),
  items: z.array(presetItemSchema).min(1),
});
export type Preset = z.infer<typeof presetSchema>;
export type PresetInput = z.input<typeof presetSchema>;

export const catalogueSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  indicators: z.array(indicatorSchema).min(1),
  concepts: z.array(conceptSchema),
  standards: z.array(standardSchema),
  sourceTypes: z.array(sourceTypeSchema),
  policyThemes: z.array(policyThemeSchema),
  presets: z.array(presetSchema),
  /** Names to show, by kind, ID and language; a catalogue without them falls back to IDs. */
  displayNames: displayNamesSchema.prefault({}),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
