/**
 * The role a country breakdown plays, read from the header over the country column or the
 * title: "Country/territory of asylum" → asylum, "CITIZEN (Labels)" → citizenship,
 * "Country of birth" → birth, "by origin" → origin.
 */
import { normalizeText } from "../text/normalize";
import { wordPattern } from "./word-pattern";

export const COUNTRY_ROLES = [
  "birth",
  "citizenship",
  "origin",
  "destination",
  "asylum",
  "partner",
] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

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
    wordPattern(["destination", "destino", "назначени~", "прибыти~", "odredist~", "وجهه", "مقصد"]),
  ],
  [
    "partner",
    wordPattern(["partner", "partenaire", "socio", "contraparte", "партнер~", "контрагент~"]),
  ],
];

/** Roles in the order they appear in the text. */
export function rolesInText(text: string): CountryRole[] {
  const norm = normalizeText(text);
  const found: { role: CountryRole; at: number }[] = [];
  for (const [role, re] of ROLE_PATTERNS) {
    const m = re.exec(norm);
    if (m) found.push({ role, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.role);
}

// "by citizenship", "par pays de naissance", "por país de origen", «по странам»: the part of a
// title after such a word says what the rows are broken down by.
const BY_WORD_RE = wordPattern(["by", "par", "por", "по", "pe", "po", "حسب"]);

/** The role a title gives its country breakdown: the first role named after "by". */
export function roleFromTitle(title: string): CountryRole | undefined {
  const norm = normalizeText(title);
  const m = BY_WORD_RE.exec(norm);
  if (!m) return undefined;
  return rolesInText(norm.slice(m.index))[0];
}
