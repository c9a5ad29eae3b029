/**
 * Two label columns whose breakdowns no single word list shows:
 * - a "selected characteristics" list, several breakdowns stacked in one column ("Femmes de 15 à
 *   24 ans", "Femmes immigrantes", "Femmes célibataires"): each category kind one of its labels
 *   names is a breakdown of its own, however few labels it has;
 * - sub-national units under no region header: many distinct place-like names beside the
 *   nation's own name ("Canada | Alberta | Manitoba | Nouvelle-Écosse …"), or NUTS codes.
 */
import { lazyRegExp } from "../text/lazy-regexp";
import { normalizeText } from "../text/normalize";
import { namesOneSexOnly, type VocabKind } from "./dimension-vocab";
import { labelFacts } from "./label-facts";
import type { DetectedDimension } from "./schema";
import { wordPattern } from "./word-pattern";

const EXAMPLES = 3;

const CHARACTERISTICS_HEADER_RE = wordPattern([
  "characteristic~",
  "caracteristique~",
  "caracteristica~",
  "caracteristic~",
  "характеристик~",
  "karakteristik~",
  "خصائص",
  "الخصائص",
]);

/** The breakdowns a "selected characteristics" column stacks, or undefined for another header. */
export function characteristicsBreakdowns(
  header: string,
  values: readonly string[],
): DetectedDimension[] | undefined {
  if (!CHARACTERISTICS_HEADER_RE.test(normalizeText(header))) return undefined;
  const byKind = new Map<VocabKind, string[]>();
  for (const label of new Set(values)) {
    const facts = labelFacts(label);
    if (facts.isTotal) continue;
    for (const kind of facts.vocabKinds) byKind.set(kind, [...(byKind.get(kind) ?? []), label]);
  }
  const out: DetectedDimension[] = [];
  for (const [kind, labels] of byKind)
    // Every label naming women ("Femmes …") says who is counted, not a breakdown by sex.
    if (kind !== "sex" || !namesOneSexOnly(labels))
      out.push({ kind, source: "rows", examples: labels.slice(0, EXAMPLES) });
  return out;
}

/** Place-like labels besides the nation's name an unnamed column needs to read as its units. */
export const MIN_UNNAMED_REGION_LABELS = 6;
/** Share of the labels that must look like place names. */
export const MIN_PLACE_LIKE_SHARE = 0.8;
/** Words a place name has at most ("Terre-Neuve-et-Labrador", "Nuevo León", "Baja California Sur"). */
const MAX_PLACE_WORDS = 4;
// Built on first use, like the word patterns: the content script loads this module too.
const PLACE_LIKE_RE = lazyRegExp(() => /^[\p{Lu}\p{Lo}][\p{L}\p{M} .'’\-–]*$/u);

/**
 * Lower-case words a place name may hold are linking words ("Terre-Neuve-et-Labrador", "Baja
 * California Sur", "Kingston upon Hull", "Provence-Alpes-Côte d'Azur"): this long at most. A
 * longer lower-case word describes an item ("Wheat and meslin", "Sweet potatoes").
 */
const MAX_LINKING_WORD_CHARS = 4;
const LOWER_START_RE = lazyRegExp(() => /^\p{Ll}/u);

const isLinkingWord = (part: string) =>
  !LOWER_START_RE.test(part) || (part.split(/['’]/)[0] ?? part).length <= MAX_LINKING_WORD_CHARS;

function isPlaceLike(label: string): boolean {
  const text = label.trim();
  const words = text.split(/\s+/);
  return (
    PLACE_LIKE_RE.test(text) &&
    words.length <= MAX_PLACE_WORDS &&
    words.every((w) => w.split(/[-–]/).every(isLinkingWord)) &&
    labelFacts(text).vocabKinds.length === 0
  );
}

/**
 * Headers under which a column of proper names may be places: none, or one that says only
 * "where" (Eurostat's "geo", "Area", "Location", «Lieu», «Ámbito»). A header naming something
 * else ("Item", «Produit», "Programme") says what the names are: not places.
 */
const PLACE_HEADER_RE = wordPattern([
  "geo",
  "area~",
  "location~",
  "places?",
  "lieu~",
  "ambito~",
  "ubicacion~",
  "территори~",
  "местоположени~",
  "teritori~",
  "المنطق~",
]);

const isPlaceHeader = (header: string) => {
  const norm = normalizeText(header);
  return norm === "" || PLACE_HEADER_RE.test(norm);
};

/**
 * True for a column of sub-national units its header does not name: the nation first (its total
 * row, "Canada"), then at least six distinct place-like names that no list knows as countries
 * ("Terre-Neuve-et-Labrador", "Île-du-Prince-Édouard" …). Without the nation on top a column of
 * proper names may be anything (programmes, companies, routes); under a header that names them
 * ("Item") they are that thing, and items qualified in lower case ("Wheat and meslin") are no
 * places. Left open: single capitalised item names under no header and a row named after the
 * nation ("France | Wheat | Apples …" with no header) still read as its regions.
 */
export function isUnnamedRegionColumn(values: readonly string[], header = ""): boolean {
  if (!isPlaceHeader(header)) return false;
  const labels = [...new Set(values)].filter((v) => !labelFacts(v).isTotal);
  const [nation, ...units] = labels;
  if (nation === undefined || units.length < MIN_UNNAMED_REGION_LABELS) return false;
  if (labelFacts(nation).place?.kind !== "country") return false;
  let placeLike = 0;
  for (const label of units) {
    if (labelFacts(label).place !== undefined) return false;
    if (isPlaceLike(label)) placeLike++;
  }
  return placeLike >= units.length * MIN_PLACE_LIKE_SHARE;
}

/** A NUTS code: a country's ISO code, then one to three letters or digits ("ES70", "DE1", "FR101"). */
const NUTS_CODE_RE = /^[A-Z]{2}[0-9A-Z]{0,3}$/;
const SUBNATIONAL_NUTS_RE = /^[A-Z]{2}\d[0-9A-Z]{0,2}$/;

/**
 * True for a column of Eurostat-style NUTS codes with at least one sub-national unit ("ES",
 * "ES70"): the regions of one country, however few ("general.territorio" in an ISTAC export).
 */
export function isNutsCodeColumn(values: readonly string[]): boolean {
  const codes = [...new Set(values.map((v) => v.trim()))];
  if (codes.length < 2 || !codes.every((c) => NUTS_CODE_RE.test(c))) return false;
  const units = codes.filter((c) => SUBNATIONAL_NUTS_RE.test(c));
  const countries = new Set(codes.map((c) => c.slice(0, 2)));
  return units.length > 0 && countries.size === 1;
}
