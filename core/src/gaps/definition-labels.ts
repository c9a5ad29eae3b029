/** Human wording of definition params and standards, for definition-gap explanations. */
import type { DefinitionParams, Standard } from "../catalogue/schema";
import { en } from "./detail-strings/en";
import type { GapDetailStrings } from "./detail-strings/strings";

/** Fields compared one by one; `note` is free text and cannot be compared. */
export const COMPARED_FIELDS = [
  "residenceThresholdMonths",
  "residenceBasis",
  "migrantCriterion",
  "countingUnit",
  "includesCitizens",
] as const satisfies readonly (keyof DefinitionParams)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** The English words, from the gap explanations' English table. */
export function describeParam(
  field: ComparedField,
  record: string | number | boolean,
  standard: string | number | boolean,
): { label: string; record: string; standard: string } {
  return {
    label: en.fieldLabel[field],
    record: paramText(en, field, record),
    standard: paramText(en, field, standard),
  };
}

/** Acronyms in IDs are short ("un", "bpm6", "irrs"); longer words are capitalised. */
const MAX_ACRONYM_LENGTH = 5;

/** A short citation built from the standard's ID, e.g. "un-1998" → "UN 1998". */
export function standardLabel(standard: Standard): string {
  return standard.id
    .split("-")
    .map((token) =>
      token.length <= MAX_ACRONYM_LENGTH || /\d/.test(token)
        ? token.toUpperCase()
        : `${token.charAt(0).toUpperCase()}${token.slice(1)}`,
    )
    .join(" ");
}

/** A compared field's value in words: "9 months", "included", "usual residence". */
export function paramText(
  strings: GapDetailStrings,
  field: ComparedField,
  value: string | number | boolean,
): string {
  if (field === "residenceThresholdMonths") return strings.months(Number(value));
  if (field === "includesCitizens")
    return value === true ? strings.citizensIncluded : strings.citizensExcluded;
  return strings.paramValue[String(value)] ?? String(value);
}
