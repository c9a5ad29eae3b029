/**
 * A table named by one word: "Europe comparison - applications", "residencias_4_2019",
 * "waiting - by nationality Dec 23". Publishers name files and sheets by the thing counted and
 * add only its breakdowns, places and periods; when a single word is left, that word is what the
 * table measures, and the catalogue's shorthand (shorthand-words.ts) says which indicator it
 * names. A word that names a place breakdown is one even without "by" ("remesas_entidad"). A second
 * word the table name does not explain ("detention - cost per day", "people supported") means
 * the one word is not alone, and nothing is inferred.
 */
import type { TermIndex } from "../search/term-index";
import { normalizeText } from "../text/normalize";
import { firstUseWordSet } from "../text/on-first-use";
import { isStopword } from "../text/stopwords";
import { lookupPlace } from "./country-names";
import { kindNamedByHeader } from "./header-kinds";
import { foldForMonths, monthOfWord } from "./month-names";
import { memoizeByString } from "./string-memo";

// Words that frame a table's name (its totals, period, form or version), never what it counts.
// Normalised on first use: at load it compiled normalizeText's Unicode regexes in the content
// script's injection task.
const FRAME_WORDS = firstUseWordSet(
  `totals totales totaux total итого всего ukupno
    comparison comparaison comparacion comparativo trend trends tendance tendencia evolution evolucion
    longitudinal time series serie series summary resumen resume overview
    public data dataset datos donnees данные podaci date table tabla tableau таблица sheet hoja
    latest recent most current annual anual annuel yearly monthly mensual mensuel quarterly
    trimestral trimestriel trimestre quarter weekly daily year years ano anos annee annees
    год годы ani godina end fin cierre final provisional preliminary revised update
    version edition release export raw`,
);
// "by nationality", "por provincia", «по регионам»: what follows names a breakdown.
const BREAKDOWN_WORDS: ReadonlySet<string> = new Set([
  "by",
  "per",
  "por",
  "par",
  "selon",
  "по",
  "pe",
  "dupa",
  "po",
  "prema",
  "حسب",
]);
// Dashes, bars, brackets, commas and colons separate the parts of a name.
const PART_SEPARATOR_RE = /\s[-–—]+\s|[|;:()[\],]/;
/** Words tried together as a place name ("United Kingdom", "Bosnia and Herzegovina"). */
const MAX_PLACE_WORDS = 4;

const hasDigit = (w: string) => /\p{N}/u.test(w);

/**
 * A place breakdown's own name written without "by" ("remesas_entidad", "arrivals_nationality").
 * Only places: other kinds' header words are stems that also begin measure words ("sexuales").
 */
function namesPlaceBreakdown(word: string): boolean {
  const kind = kindNamedByHeader(word);
  return kind === "region" || kind === "country";
}

/** Indexes of the words of one part that a place name covers. */
function placeWords(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++)
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1; n--)
      if (lookupPlace(words.slice(i, i + n).join(" ")) !== undefined) {
        for (let k = i; k < i + n; k++) out.add(k);
        break;
      }
  return out;
}

/** The words of one part that may say what is counted. */
function measureWordsOfPart(part: string): string[] {
  const norm = normalizeText(part);
  if (norm === "") return [];
  const words = norm.split(" ");
  const by = words.findIndex((w) => BREAKDOWN_WORDS.has(w));
  const head = by < 0 ? words : words.slice(0, by);
  const places = placeWords(head);
  return head.filter(
    (w, i) =>
      !places.has(i) &&
      !isStopword(w) &&
      !hasDigit(w) &&
      !FRAME_WORDS.has(w) &&
      monthOfWord(foldForMonths(w)) === undefined &&
      !namesPlaceBreakdown(w),
  );
}

/**
 * The one word of a table-level label (title, sheet or file name) left once breakdowns,
 * places, periods, numbers and framing words are set aside, or undefined when none or several
 * are left.
 */
export function loneLabelWord(label: string): string | undefined {
  return loneWordOf(label);
}

// A table's title is also read as its sheet name, and pages repeat titles: each is read once.
const loneWordOf = memoizeByString((label) => {
  const words = new Set(label.split(PART_SEPARATOR_RE).flatMap(measureWordsOfPart));
  if (words.size !== 1) return undefined;
  return [...words][0];
});

/** The indicators whose shorthand a table-level label's lone word is, with the term matched. */
export function loneWordIndicators(
  index: TermIndex,
  label: string,
): { indicatorId: string; matched: string; word: string }[] {
  const word = loneLabelWord(label);
  if (word === undefined) return [];
  return index.shorthand
    .lookup(word)
    .map((e) => ({ indicatorId: e.indicatorId, matched: e.text, word }));
}
