/**
 * The texts a label is matched as: itself, its Latin spelling when written in Serbian Cyrillic
 * (most Serbian terms are in Latin), and its negated nationality in catalogue words ("Non-Saudis"
 * as "non-nationals", negated-nationality.ts).
 */
import { negatedNationalityReading } from "./negated-nationality";
import { serbianLatinOf } from "./serbian-transliteration";
import { memoizeByString } from "./string-memo";

export const labelReadings: (label: string) => readonly string[] = memoizeByString((label) => {
  const out = [label];
  const latin = serbianLatinOf(label);
  if (latin !== undefined) out.push(latin);
  const negated = negatedNationalityReading(label);
  if (negated !== undefined) out.push(negated);
  return out;
});
