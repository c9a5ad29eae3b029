/**
 * Recognises country names in the seven catalogue languages (ISO lists from i18n-iso-countries;
 * Serbian in both scripts, with Croatian and Bosnian as Latin proxies), UN/UNHCR short forms,
 * region aggregates and UNHCR's non-country origins, footnote markers stripped. The normalised
 * table ships precomputed (place-names.generated.ts) so that the first lookup normalises nothing.
 */
import ar from "i18n-iso-countries/langs/ar.json";
import bs from "i18n-iso-countries/langs/bs.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import hr from "i18n-iso-countries/langs/hr.json";
import ro from "i18n-iso-countries/langs/ro.json";
import ru from "i18n-iso-countries/langs/ru.json";
import sr from "i18n-iso-countries/langs/sr.json";
import { normalizeText } from "../text/normalize";
import { COUNTRY_ALIASES, NON_COUNTRY_ORIGINS, REGION_AGGREGATES } from "./country-aliases";
import { stripFootnoteMarkers } from "./footnote-markers";
import { PLACE_NAMES } from "./place-names.generated";
import { placeTableFromEncoded } from "./precomputed-places";
import { serbianToLatin } from "./serbian-transliteration";
import { memoizeByString } from "./string-memo";

export type PlaceMatch =
  { kind: "country"; code: string } | { kind: "aggregate" } | { kind: "non-country" };

interface LocaleFile {
  countries: Record<string, string | string[]>;
}

// Named, so that the source fingerprint says which list changed; an earlier list wins a clash.
const LOCALES: Readonly<Record<string, LocaleFile>> = { en, fr, es, ru, ro, ar, hr, bs, sr };
// ISO short forms ("US", "UK") collide with ordinary words and codes in tables.
const MIN_NAME_LENGTH = 3;

let table: Map<string, PlaceMatch> | undefined;

function add(map: Map<string, PlaceMatch>, name: string, match: PlaceMatch): void {
  const key = normalizeText(name);
  if (key.length < MIN_NAME_LENGTH || map.has(key)) return;
  map.set(key, match);
}

/**
 * The table from its sources, normalising every name. `lookupPlace` decodes the generated copy
 * instead (precomputed-places.ts); this stays for that file's generator and its tests.
 */
export function buildTable(): Map<string, PlaceMatch> {
  const map = new Map<string, PlaceMatch>();
  for (const [name, code] of Object.entries(COUNTRY_ALIASES))
    add(map, name, { kind: "country", code });
  for (const locale of Object.values(LOCALES)) {
    for (const [code, names] of Object.entries(locale.countries)) {
      for (const name of typeof names === "string" ? [names] : names) {
        add(map, name, { kind: "country", code });
        if (locale === sr) add(map, serbianToLatin(name), { kind: "country", code });
      }
    }
  }
  for (const name of REGION_AGGREGATES) add(map, name, { kind: "aggregate" });
  for (const name of NON_COUNTRY_ORIGINS) add(map, name, { kind: "non-country" });
  return map;
}

/** "count/characters" of a list of names: changes when a name is added, dropped or edited. */
function tally(names: readonly (string | readonly string[])[]): string {
  let count = 0;
  let chars = 0;
  // Indexed loops: this runs once per process, before the JIT has warmed up.
  for (let i = 0; i < names.length; i++) {
    const entry = names[i] ?? "";
    if (typeof entry === "string") {
      count++;
      chars += entry.length;
    } else {
      for (let j = 0; j < entry.length; j++) {
        count++;
        chars += entry[j]?.length ?? 0;
      }
    }
  }
  return `${count}/${chars}`;
}

/**
 * A cheap summary of the names `buildTable` reads (how many, how long, per list), without
 * normalising them: the generated table is used only while it still matches. A change of equal
 * length slips past it but not past the staleness test.
 */
export function placeSourceFingerprint(): string {
  const parts = [
    `aliases ${tally(Object.keys(COUNTRY_ALIASES))}`,
    `codes ${tally(Object.values(COUNTRY_ALIASES))}`,
  ];
  for (const [lang, locale] of Object.entries(LOCALES)) {
    parts.push(`${lang} ${tally(Object.values(locale.countries))}`);
  }
  parts.push(`aggregates ${tally(REGION_AGGREGATES)}`);
  parts.push(`non-country ${tally(NON_COUNTRY_ORIGINS)}`);
  return parts.join(", ");
}

function lookupTable(): Map<string, PlaceMatch> {
  table ??= placeTableFromEncoded(PLACE_NAMES, placeSourceFingerprint()) ?? buildTable();
  return table;
}

// "Bolivia (Plurinational State of)", "Germany (a)": try again without the parenthesis.
const PARENTHESIS_RE = /\s*\([^)]*\)\s*$/;
// "Congo, Rep.", "Gambia, The": the part before the comma often names the country alone.
const COMMA_TAIL_RE = /,.*$/;

/** Every normalised place name with what it names (read-only; the demonym index reads it). */
export function placeNames(): ReadonlyMap<string, PlaceMatch> {
  return lookupTable();
}

/** The country, aggregate or non-country origin a row or column label names, if any. */
export function lookupPlace(label: string): PlaceMatch | undefined {
  return placeOf(label);
}

// Tables repeat their country lists, a page's tables each other's: each label is read once.
const placeOf = memoizeByString((label): PlaceMatch | undefined => {
  const map = lookupTable();
  const raw = label.trim();
  if (raw === "") return undefined;
  const stripped = stripFootnoteMarkers(raw);
  for (const candidate of [
    raw,
    stripped,
    stripped.replace(PARENTHESIS_RE, ""),
    stripped.replace(COMMA_TAIL_RE, ""),
  ]) {
    const hit = map.get(normalizeText(candidate));
    if (hit) return hit;
  }
  // "Afrique subsaharienne", "Asie de l'Est", "Europa del Sur": a part of a continent.
  return CONTINENT_PART_RE.test(normalizeText(stripped)) ? { kind: "aggregate" } : undefined;
});

/** A label that starts with a continent's name and goes on: one of its world regions. */
const CONTINENT_PART_RE =
  /^(africa|afrique|asia|asie|europe|europa|oceania|oceanie|america|americas|amerique|ameriques|америк\p{L}*|африк\p{L}*|ази\p{L}*|европ\p{L}*|океани\p{L}*|afrika|azija|evropa|افريقيا|اسيا|اوروبا) \p{L}/u;
