/** The needs step before the user chose anything; light, so the first screen can hold it. */
import type { NeedsChoice } from "./needs-edits";

/** Migration Profiles report on the year before the one they are drafted in. */
export function defaultReferenceYear(today = new Date()): number {
  return today.getFullYear() - 1;
}

export const EMPTY_CHOICE: NeedsChoice = {
  presetId: "",
  referenceYear: defaultReferenceYear(),
  themes: [],
  overrides: {},
};
