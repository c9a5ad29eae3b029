/**
 * Labels that name countries by their people ("Mexican aliens", «украинцы», «граждане Украины»)
 * as well as by their names, and the citizenship role such labels imply.
 */
import type { CountryRole } from "./country-roles";
import { demonymCountry, namesPeople } from "./country-demonyms";
import type { LabelFacts } from "./label-facts";
import { wordPattern } from "./word-pattern";

/** A label naming a country by its name or its people's ("Mexico", "Mexican aliens", «украинцы»). */
export const namesCountry = (f: LabelFacts) =>
  f.place?.kind === "country" || (f.place === undefined && demonymCountry(f.label) !== undefined);

/**
 * Among other rows a nationality word alone may be an ethnic group or a language ("Chinese",
 * "Arabe"): there it names a country only with a word for people ("Mexican aliens").
 */
export const namesCountryAmongOthers = (f: LabelFacts) =>
  f.place?.kind === "country" ||
  (f.place === undefined && demonymCountry(f.label) !== undefined && namesPeople(f.label));

// Columns of ethnic groups, languages or religions: "Chinese", "Arabic", "Filipino" name no countries.
export const NOT_NATIONALITY_HEADER_RE = wordPattern([
  "ethnic~",
  "ethnicit~",
  "race",
  "racial",
  "minorit~",
  "language~",
  "langue~",
  "idioma~",
  "lengua~",
  "язык~",
  "limba",
  "jezik~",
  "religio~",
  "mother tongue",
  "population group~",
  "groupe~ de population",
  "etni~",
  "raza",
  "национальност~",
]);

/** Nationality words say whose citizenship is counted, when nothing else names a role. */
export function nationalityRole(countries: readonly LabelFacts[]): CountryRole | undefined {
  const byPeople = countries.filter((f) => f.place === undefined).length;
  return byPeople > 0 && byPeople * 2 >= countries.length ? "citizenship" : undefined;
}

/** "Mexican aliens", «граждане Украины»: a nationality word with a word for people. */
export const namesNationals = (f: LabelFacts) =>
  f.place === undefined && demonymCountry(f.label) !== undefined && namesPeople(f.label);
