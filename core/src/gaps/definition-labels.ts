/** Human wording of definition params and standards, for definition-gap explanations. */
import type { DefinitionParams, Standard } from "../catalogue/schema";

/** Fields compared one by one; `note` is free text and cannot be compared. */
export const COMPARED_FIELDS = [
  "residenceThresholdMonths",
  "residenceBasis",
  "migrantCriterion",
  "countingUnit",
  "includesCitizens",
] as const satisfies readonly (keyof DefinitionParams)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];

const FIELD_LABELS: Record<ComparedField, string> = {
  residenceThresholdMonths: "residence threshold",
  residenceBasis: "residence basis",
  migrantCriterion: "migrant criterion",
  countingUnit: "counting unit",
  includesCitizens: "own citizens",
};

const VALUE_LABELS: Readonly<Record<string, string>> = {
  usual: "usual residence",
  registered: "registered residence",
  "legal-permanent": "legal permanent residence",
  birth: "country of birth",
  citizenship: "citizenship",
  "birth-and-citizenship": "country of birth and citizenship",
  immigre: "born a foreigner abroad (immigré)",
  permit: "permit holding",
  persons: "persons",
  events: "events",
  cases: "cases",
  money: "money",
};

function valueLabel(field: ComparedField, value: string | number | boolean): string {
  if (field === "residenceThresholdMonths") return `${String(value)} months`;
  if (field === "includesCitizens") return value === true ? "included" : "excluded";
  return VALUE_LABELS[String(value)] ?? String(value);
}

export function describeParam(
  field: ComparedField,
  record: string | number | boolean,
  standard: string | number | boolean,
): { label: string; record: string; standard: string } {
  return {
    label: FIELD_LABELS[field],
    record: valueLabel(field, record),
    standard: valueLabel(field, standard),
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
