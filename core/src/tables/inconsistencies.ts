/**
 * Contradictions between what a sheet says about itself in different places, worth a human
 * look: a sheet named "annual in AMD" whose corner cell says "(thousand USD)".
 */
import { currenciesIn } from "./unit-detect";

export interface SelfDescription {
  sheetName: string;
  title: string | null;
  unit: string | null;
}

export function findInconsistencies(d: SelfDescription): string[] {
  const warnings: string[] = [];
  if (d.unit === null) return warnings;
  const unitCurrencies = currenciesIn(d.unit);
  if (unitCurrencies.length === 0) return warnings;
  const places: [string, string | null][] = [
    ["sheet name", d.sheetName],
    ["title", d.title],
  ];
  for (const [where, text] of places) {
    if (text === null) continue;
    const named = currenciesIn(text);
    const conflicting = named.filter((c) => !unitCurrencies.includes(c));
    if (named.length > 0 && conflicting.length === named.length) {
      warnings.push(
        `unit "${d.unit}" is in ${unitCurrencies.join("/")} but the ${where} "${text.trim()}" says ${conflicting.join("/")}`,
      );
    }
  }
  return warnings;
}
