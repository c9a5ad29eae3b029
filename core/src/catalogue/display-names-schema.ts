/**
 * Display names: what the interfaces, workbooks and reports call an indicator, a section, a
 * policy theme, a gap type or a status, in each catalogue language. One shared set, so the task
 * pane, the extension, the report and the data-request packs say the same words.
 *
 * Authors write a bare string for an unverified name, or an object when the name is an official
 * title they checked (`verified: true` and the `source` it was checked against) or needs a
 * `short` form for narrow panes. Parsing yields the object form everywhere.
 *
 * Serbian (`sr`) display names are written in Cyrillic, the official script in Serbia (RZS
 * publishes in it first); `toSerbianLatin` gives the Latin form exactly. Catalogue synonyms for
 * `sr` stay in Latin, as before: they are for matching, these are for showing.
 */
import { z } from "zod";
import { languageSchema } from "./vocabulary";
import { runSteps } from "../tagging/steps";

/**
 * Content kinds named in EN/FR/ES/RU (the task pane's and report's languages); the other kinds
 * are named in all seven catalogue languages. Descriptions and timelines are sentences.
 */
export const CONTENT_NAME_KINDS = [
  "preset",
  "presetDescription",
  "concept",
  "variant",
  "action",
  "actionDescription",
  "timeline",
] as const;

/** The kinds of things that carry display names; the IDs of each kind are checked in integrity.ts. */
export const DISPLAY_NAME_KINDS = [
  "indicator",
  "section",
  "policyArea",
  "theme",
  "gapType",
  "elementStatus",
  "availability",
  "actionStatus",
  "priority",
  "measure",
  "dimension",
  "requestState",
  "processStep",
  "processStage",
  "processStatus",
  ...CONTENT_NAME_KINDS,
] as const;
export const displayNameKindSchema = z.enum(DISPLAY_NAME_KINDS);
export type DisplayNameKind = z.infer<typeof displayNameKindSchema>;

/** No empty names, no stray spaces at either end, no doubled spaces inside. */
const nameText = z
  .string()
  .min(1, "a name cannot be empty")
  .refine((s) => s === s.trim(), "a name has a leading or trailing space")
  .refine((s) => !/\s{2}/.test(s), "a name has a doubled space");

export const displayNameSchema = z
  .strictObject({
    text: nameText,
    /** A shorter form for narrow panes (350 px), when `text` is long. */
    short: nameText.optional(),
    /** Only when `text` is an official title that was checked against `source`. */
    verified: z.literal(true).optional(),
    /** Where the official title was checked, e.g. "UN SDG indicator titles (FR), open-sdg". */
    source: nameText.optional(),
  })
  .refine((n) => n.verified !== true || n.source !== undefined, {
    message: "a verified name must say its source",
  });
export type DisplayName = z.infer<typeof displayNameSchema>;

/** A bare string is an unverified name. */
export const displayNameInputSchema = z.union([
  nameText.transform((text): DisplayName => ({ text })),
  displayNameSchema,
]);
export type DisplayNameInput = z.input<typeof displayNameInputSchema>;

/** One thing's names, by language. */
export const namesByLanguageSchema = z.partialRecord(languageSchema, displayNameInputSchema);
export type NamesByLanguage = z.infer<typeof namesByLanguageSchema>;
export type NamesByLanguageInput = z.input<typeof namesByLanguageSchema>;

const namesByIdSchema = z.record(z.string().min(1), namesByLanguageSchema).default({});

/** Every kind's names, keyed by the thing's ID (indicator ID, "A.1", "not-met"...). */
export const displayNamesSchema = z.strictObject(
  Object.fromEntries(DISPLAY_NAME_KINDS.map((kind) => [kind, namesByIdSchema])) as Record<
    DisplayNameKind,
    typeof namesByIdSchema
  >,
);
export type DisplayNames = z.infer<typeof displayNamesSchema>;
export type DisplayNamesInput = z.input<typeof displayNamesSchema>;

/** The authored form → the parsed form, without zod (for the bundled catalogue, see load.ts). */
export function readDisplayNames(input: DisplayNamesInput | undefined): DisplayNames {
  return runSteps(readDisplayNamesInSteps(input));
}

/** readDisplayNames a kind per step (the page reads the catalogue in slices: load.ts). */
export function* readDisplayNamesInSteps(
  input: DisplayNamesInput | undefined,
): Generator<void, DisplayNames> {
  const out = {} as DisplayNames;
  for (const kind of DISPLAY_NAME_KINDS) {
    const byId: DisplayNames[DisplayNameKind] = {};
    for (const [id, byLang] of Object.entries(input?.[kind] ?? {})) {
      const names: NamesByLanguage = {};
      for (const [lang, name] of Object.entries(byLang) as [
        keyof NamesByLanguage,
        DisplayNameInput,
      ][]) {
        names[lang] = typeof name === "string" ? { text: name } : { ...name };
      }
      byId[id] = names;
    }
    out[kind] = byId;
    yield;
  }
  return out;
}
