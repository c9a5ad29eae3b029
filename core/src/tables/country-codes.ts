/**
 * ISO 3166 alpha-2 country codes as statistics offices write them in code columns ("AT", "BE",
 * Eurostat's "EL" and "UK", "XK" for Kosovo): a column of many such codes is a country breakdown
 * whatever its header says ("geo", "REF_AREA", "Country code").
 */
import en from "i18n-iso-countries/langs/en.json";

let codes: Set<string> | undefined;

/** True for an upper-case ISO alpha-2 code (or EL, UK, XK). */
export function isCountryCode(code: string): boolean {
  codes ??= new Set([...Object.keys(en.countries), "EL", "UK", "XK"]);
  return codes.has(code);
}

/** A code column needs at least this many distinct codes… */
export const MIN_COUNTRY_CODES = 5;
/** …this share of them ISO codes (aggregates such as "EU27_2020" or "EA19" make up the rest). */
export const MIN_COUNTRY_CODE_SHARE = 0.8;

/** The labels that are country codes, when enough of a column's distinct labels are. */
export function countryCodesOf(distinct: readonly string[]): string[] | undefined {
  if (distinct.length < MIN_COUNTRY_CODES) return undefined;
  const found = distinct.filter((l) => isCountryCode(l.trim()));
  return found.length >= MIN_COUNTRY_CODES &&
    found.length >= distinct.length * MIN_COUNTRY_CODE_SHARE
    ? found
    : undefined;
}
