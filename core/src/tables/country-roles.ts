/**
 * The role a country breakdown plays, read from the header over the country column or the
 * title: "Country/territory of asylum" → asylum, "CITIZEN (Labels)" → citizenship,
 * "Country of birth" → birth, "by origin" → origin.
 */
import { DIMENSION_ROLES, type DimensionRole } from "../catalogue/vocabulary";
import { normalizeText } from "../text/normalize";
import { memoizeByString } from "./string-memo";
import { lazyRegExp } from "../text/lazy-regexp";
import { wordPattern, wordPatternSource } from "./word-pattern";

/** The roles a country breakdown can play: the catalogue's dimension roles (dimensions.csv). */
export const COUNTRY_ROLES = DIMENSION_ROLES;
export type CountryRole = DimensionRole;

const ROLE_PATTERNS: readonly (readonly [CountryRole, RegExp])[] = [
  [
    "citizenship",
    wordPattern([
      "citizen~",
      "nationalit~",
      "nacionalidad~",
      "ciudadan~",
      "гражданств~",
      "cetatenie~",
      "drzavljanstv~",
      "جنسي~",
    ]),
  ],
  [
    "birth",
    wordPattern([
      "birth",
      "born",
      "naissance",
      "nacimiento",
      "рождени~",
      "nastere~",
      "rodjenj~",
      "rodenj~",
      "ميلاد",
      "مولد",
    ]),
  ],
  ["asylum", wordPattern(["asylum", "asile", "asilo", "убежищ~", "azil~", "لجوء"])],
  [
    "origin",
    wordPattern([
      "origin",
      "origine",
      "origen",
      "происхождени~",
      "выбыти~",
      "poreklo",
      "porijeklo",
      "منشا",
      "اصل",
    ]),
  ],
  [
    "destination",
    // The host: where people arrive or live ("Country of arrival", "Country of residence").
    wordPattern([
      "destination",
      "destino",
      "назначени~",
      "прибыти~",
      "odredist~",
      "وجهه",
      "مقصد",
      "residence",
      "residencia",
      "residenta",
      "проживани~",
      "arrival~",
      "arrivee~",
      "llegada~",
      "sosire~",
    ]),
  ],
  [
    "partner",
    wordPattern(["partner", "partenaire", "socio", "contraparte", "партнер~", "контрагент~"]),
  ],
];

function findRoles(norm: string): readonly CountryRole[] {
  const found: { role: CountryRole; at: number }[] = [];
  for (const [role, re] of ROLE_PATTERNS) {
    const m = re.exec(norm);
    if (m) found.push({ role, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.role);
}

/**
 * Roles in the order they appear in the text. Memoised, since headers and titles repeat from
 * table to table ("Citizenship", "Country of origin"): the list is shared, do not change it.
 */
export const rolesInText: (text: string) => readonly CountryRole[] = memoizeByString((text) =>
  findRoles(normalizeText(text)),
);

// "by citizenship", "par pays de naissance", "por país de origen", «по странам»: the part of a
// title after such a word says what the rows are broken down by.
const BY_WORD_RE = wordPattern(["by", "par", "por", "по", "pe", "po", "حسب"]);

/** The role a title gives its country breakdown: the first role named after "by". */
export const roleFromTitle: (title: string) => CountryRole | undefined = memoizeByString((title) =>
  roleAfterBy(normalizeText(title)),
);

function roleAfterBy(norm: string): CountryRole | undefined {
  const m = BY_WORD_RE.exec(norm);
  if (!m) return undefined;
  return rolesInText(norm.slice(m.index))[0];
}

// Both directions of a flow between the country and each row's country ("Inflow" / "Outflow",
// "sent to and received from abroad"): each row's country is the counterpart, a partner.
const INWARD_RE = wordPattern([
  "inflow~",
  "received",
  "receipts",
  "imports?",
  "entrad~",
  "recibid~",
  "recues?",
  "entrees?",
  "поступлени~",
  "получен~",
  "ввоз~",
  "intrari",
]);
const OUTWARD_RE = wordPattern([
  "outflow~",
  "sent",
  "payments",
  "exports?",
  "salid~",
  "enviad~",
  "envoyes?",
  "sorties?",
  "отправлен~",
  "вывоз~",
  "iesiri",
]);

// Among measures "residence" names permits ("temporary residence permits"), not a direction.
const RESIDENCE_GLOBAL_RE = lazyRegExp(
  () => new RegExp(wordPatternSource(["residen~", "проживани~", "жительств~", "rezidenta"]), "gu"),
);

/**
 * The role of an unlabelled country breakdown read from what the table measures: a role word
 * in the value headers (citizenship acquired, arrivals), else partner when the table counts both
 * directions of a flow with each country.
 */
export function roleFromMeasures(texts: readonly string[]): CountryRole | undefined {
  const norm = texts.map(normalizeText).join(" | ").replace(RESIDENCE_GLOBAL_RE, " ");
  const named = rolesInText(norm)[0];
  if (named) return named;
  return INWARD_RE.test(norm) && OUTWARD_RE.test(norm) ? "partner" : undefined;
}
