/**
 * The parts of a table label that decide whether a generic word names what the table measures.
 * A rate's denominator ("per 10,000 population", "as % of population", «на 1000 человек
 * населения») is the base, not the measure: the label counts beds, not people. A generic word
 * qualified by "of …" ("Population of concern to UNHCR", "population d'origine étrangère") names
 * a group, not the whole population; "Population of Mexico" (a place) stays plain. One modifying
 * an administrative noun ("immigration detention") names the administration.
 */
import { normalizeText } from "../text/normalize";
import { isStopword } from "../text/stopwords";
import { lookupPlace } from "./country-names";
import { modifiesAdministration } from "./administrative-heads";
import { isAnchorWord } from "./migration-anchor";

export interface LabelClauses {
  /** Content words that sit in a rate denominator. */
  denominator: Set<string>;
  /** Content words outside any denominator. */
  outsideDenominator: string[];
  /** Content words neither in a denominator nor qualified by "of …". */
  plain: string[];
}
// "population of concern", "population d'origine", "población de origen".
const OF_WORDS = new Set(["of", "de", "d", "des", "du", "del", "din", "od"]);
// "Population type", "type of population", «категория населения»: a classifier names a breakdown.
const CLASSIFIER_WORDS = new Set([
  "type",
  "types",
  "group",
  "groups",
  "category",
  "categories",
  "categorie",
  "categoria",
  "tipo",
  "groupe",
  "grupo",
  "тип",
  "вид",
  "категория",
  "группа",
  "tip",
  "grupa",
]);
/** Words after "of" tried as a place name ("of the United States of America"). */
export const MAX_PLACE_WORDS = 4;
// "per 10 000", "pour 1 000", «на 1000», "la 1000", "por cada 100": a rate's denominator follows.
const RATE_WORDS = new Set(["per", "pour", "por", "на", "la", "na", "cada", "على", "لكل"]);
// Words that need no number to start a denominator ("per capita", "per inhabitant").
const RATE_WORDS_WITHOUT_NUMBER = new Set(["per", "pour", "لكل"]);
// "% of", "share of", "as a percentage of", «в % к»: the share's base follows.
const SHARE_WORDS = new Set([
  "percent",
  "percentage",
  "pourcentage",
  "porcentaje",
  "procent",
  "procentaj",
  "cent",
  "share",
  "proportion",
  "part",
  "proporcion",
  "доля",
  "процентах",
  "процент",
  "نسبة",
]);
/** A denominator names its base in at most this many content words ("mid-year population"). */
export const MAX_DENOMINATOR_WORDS = 2;

const hasDigit = (w: string) => /\p{N}/u.test(w);

/** Tokens of a label with "%" kept as its own word, since normalisation drops it. */
function tokensOf(text: string): string[] {
  const norm = normalizeText(text.replace(/%/g, " percent "));
  return norm === "" ? [] : norm.split(" ");
}

/** Index ranges of the words naming a denominator. */
function denominatorStarts(tokens: readonly string[]): number[] {
  const starts: number[] = [];
  let measured = false;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1] ?? "";
    const before = measured;
    if (!isStopword(t) && !SHARE_WORDS.has(t) && !hasDigit(t)) measured = true;
    if (SHARE_WORDS.has(next)) return;
    if (RATE_WORDS.has(t) && (hasDigit(next) || RATE_WORDS_WITHOUT_NUMBER.has(t)))
      starts.push(i + 1);
    else if (SHARE_WORDS.has(t) && isStopword(next) && (before || !namesMigrants(tokens, i + 1)))
      starts.push(i + 1);
  });
  return starts;
}

/**
 * Whether the words a leading share word governs name migrants ("Porcentaje de población
 * extranjera", "Percentage of foreign-born"): then they are what is counted, not the base, which
 * comes later if at all ("in the population"). "Percentage of the labour force who are
 * unemployed" names its base first.
 */
function namesMigrants(tokens: readonly string[], from: number): boolean {
  let taken = 0;
  for (let j = from; j < tokens.length && taken < MAX_DENOMINATOR_WORDS; j++) {
    const t = tokens[j] ?? "";
    if (isStopword(t) || hasDigit(t)) continue;
    if (isAnchorWord(t)) return true;
    taken++;
  }
  return false;
}

/**
 * True when tokens[i] is qualified: next to a classifier ("population type"), or followed by
 * "of" and a word that is not a place, year or number ("population of concern").
 */
function isQualified(tokens: readonly string[], i: number): boolean {
  if (modifiesAdministration(tokens, i)) return true;
  if (CLASSIFIER_WORDS.has(tokens[i + 1] ?? "")) return true;
  if (CLASSIFIER_WORDS.has(tokens[i - 1] ?? "")) return true;
  if (CLASSIFIER_WORDS.has(tokens[i - 2] ?? "") && OF_WORDS.has(tokens[i - 1] ?? "")) return true;
  if (!OF_WORDS.has(tokens[i + 1] ?? "")) return false;
  let j = i + 2;
  while (j < tokens.length && isStopword(tokens[j] ?? "")) j++;
  const next = tokens[j];
  if (next === undefined || hasDigit(next)) return false;
  for (let n = 1; n <= MAX_PLACE_WORDS && j + n <= tokens.length; n++)
    if (lookupPlace(tokens.slice(j, j + n).join(" ")) !== undefined) return false;
  return true;
}

export function labelClauses(text: string): LabelClauses {
  const tokens = tokensOf(text);
  const inDenominator = new Set<number>();
  for (let i of denominatorStarts(tokens)) {
    let taken = 0;
    while (i < tokens.length && taken < MAX_DENOMINATOR_WORDS) {
      const t = tokens[i] ?? "";
      if (!hasDigit(t) && !isStopword(t) && !RATE_WORDS.has(t)) {
        inDenominator.add(i);
        taken++;
      } else if (taken > 0) break;
      i++;
    }
  }
  const content = (t: string) => !isStopword(t);
  return {
    denominator: new Set(tokens.filter((_, i) => inDenominator.has(i))),
    outsideDenominator: tokens.filter((t, i) => !inDenominator.has(i) && content(t)),
    plain: tokens.filter((t, i) => !inDenominator.has(i) && content(t) && !isQualified(tokens, i)),
  };
}
