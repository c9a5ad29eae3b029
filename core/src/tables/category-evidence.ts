/**
 * Migrants as one breakdown of another topic's table. A legal-aid table broken down by
 * citizenship and by the status of foreign beneficiaries («Apatrizi», «Refugiați») counts legal
 * aid, not stateless persons; a discrimination survey broken down by "Status d'immigrant" counts
 * discrimination by migratory status. When the only evidence for an indicator is a breakdown
 * column (its header or its categories) and the table names a topic of its own elsewhere, that
 * evidence describes a category, not the measure: the indicator is dropped, and the table's own
 * topic is matched against the indicators that are a measure broken down by migratory status.
 * A table with no other topic (population by country of birth and "Español/Extranjero") keeps
 * its match: counting people by nationality is counting foreigners.
 */
import type { TermIndex } from "../search/term-index";
import { lookupPlace } from "./country-names";
import { wordsOf, type EvidenceWhere } from "./label-phrases";
import { guessIndicators, isFrameWord } from "./label-retrieval";
import type { LabelSource } from "./match-indicators";
import { isAnchorWord } from "./migration-anchor";
import { monthOfWord } from "./month-names";
import type { IndicatorMatch } from "./schema";
import { stemKeySet } from "./stem-key-set";

/** What a table says about itself beyond its breakdown columns. */
export interface TableTopic {
  /** Keys (sourceKey) of the headers and categories of the table's breakdown columns. */
  breakdownKeys: ReadonlySet<string>;
  /** Where the table names what it measures: title, sheet, file, value headers, series labels. */
  measureSources: readonly LabelSource[];
  /** Headers of breakdown columns of no known kind ("Baza legală", "Tipul asistenței"). */
  otherBreakdownHeaders: readonly string[];
  /** Headers of breakdown columns of a known kind: their words are breakdowns, not topics. */
  knownBreakdownHeaders: readonly string[];
}

export const sourceKey = (where: EvidenceWhere, text: string): string => `${where}\u0000${text}`;

/** Gathers a table's breakdown columns as detection reads them (see TableTopic). */
export class TopicCollector {
  private readonly keys = new Set<string>();
  private readonly labelHeaders = new Set<string>();
  private readonly other: string[] = [];
  private readonly known: string[] = [];

  /**
   * A label column: a breakdown when it has several values and is no series column; `kind` says
   * whether its header or values read as a known breakdown (sex, country, migratory status).
   */
  addLabelColumn(header: string, distinct: ReadonlySet<string>, series: boolean, kind: boolean) {
    if (header !== "") this.labelHeaders.add(sourceKey("header", header));
    if (series || distinct.size < 2) return;
    if (header !== "") this.keys.add(sourceKey("header", header));
    for (const v of distinct) this.keys.add(sourceKey("labels", v));
    const migrant = wordsOf(header).some((w) => isAnchorWord(w));
    if (header !== "") (kind || migrant ? this.known : this.other).push(header);
  }

  /** The topic, given all the table's labels (sources not in a breakdown column name its measure). */
  topic(sources: readonly LabelSource[]): TableTopic {
    return {
      breakdownKeys: this.keys,
      measureSources: sources.filter((s) => {
        const key = sourceKey(s.where, s.text);
        return s.where !== "unit" && !this.keys.has(key) && !this.labelHeaders.has(key);
      }),
      otherBreakdownHeaders: this.other,
      knownBreakdownHeaders: this.known,
    };
  }
}

/**
 * Words for the people counted, which a table of migrants by nationality shares with every
 * population table: no topic of their own.
 */
export const PEOPLE_WORDS = stemKeySet(
  `population populations inhabitants residents resident people persons person individuals
    habitants residents personnes poblacion habitantes residentes personas
    население жители жителей человек лиц populatie populatia locuitori persoane stanovnistvo
    stanovnika stanovnici lica osobe становништво становника السكان سكان`,
);

const hasDigit = (w: string) => /\p{N}/u.test(w);

/**
 * File and sheet names are ids as often as words ("input_UAEPopulationByEmirates…_Sheet1"):
 * a topic must be written in the table itself.
 */
const NAME_PLACES: ReadonlySet<EvidenceWhere> = new Set(["file", "sheet"]);

/** Whether every piece of an indicator's evidence sits in a breakdown column. */
function onlyFromBreakdowns(match: IndicatorMatch, keys: ReadonlySet<string>): boolean {
  return (
    match.evidence.length > 0 && match.evidence.every((e) => keys.has(sourceKey(e.where, e.text)))
  );
}

/** The table's topic words: in its title, measure labels or unknown breakdown headers, not frame or breakdown words. */
export function topicWords(topic: TableTopic): string[] {
  const explained = new Set(topic.knownBreakdownHeaders.flatMap((h) => wordsOf(h)));
  const out = new Set<string>();
  const texts = [
    ...topic.measureSources.filter((s) => !NAME_PLACES.has(s.where)).map((s) => s.text),
    ...topic.otherBreakdownHeaders,
  ];
  for (const text of texts) {
    if (lookupPlace(text) !== undefined) continue;
    for (const w of wordsOf(text))
      if (
        w.length > 2 &&
        !hasDigit(w) &&
        !explained.has(w) &&
        !isFrameWord(w) &&
        !PEOPLE_WORDS.has(w) &&
        !isAnchorWord(w) &&
        monthOfWord(w) === undefined
      )
        out.add(w);
  }
  return [...out];
}

/** The matches, and whether they are final (no guess from the same breakdown words after). */
export interface SettledMatches {
  matched: IndicatorMatch[];
  final: boolean;
}

/**
 * The matches with breakdown-only evidence set aside when the table has a topic of its own;
 * if nothing else names it, a guess among the measures broken down by migratory status, and
 * no other guess (the breakdown headers would only lend their words to it again).
 */
export function settleCategoryEvidence(
  index: TermIndex,
  matched: readonly IndicatorMatch[],
  topic: TableTopic,
  guesses = true,
): SettledMatches {
  const top = matched[0];
  const unchanged = { matched: [...matched], final: false };
  if (top === undefined || top.guess === true || !onlyFromBreakdowns(top, topic.breakdownKeys))
    return unchanged;
  if (topicWords(topic).length === 0) return unchanged;
  // "Alumnado extranjero" as a category of a segregation index still names education by status.
  const kept = matched.filter(
    (m) => !onlyFromBreakdowns(m, topic.breakdownKeys) || index.statusBreakdownIds.has(m.id),
  );
  if (kept.length > 0) return { matched: kept, final: true };
  const guessed = guesses
    ? guessIndicators(index, topic.measureSources, {
        among: index.statusBreakdownIds,
        anchored: true,
      })
    : [];
  return { matched: guessed, final: true };
}

/**
 * A table's indicators after phrase matching: breakdown-only evidence settled, then, when
 * nothing names the table and the surface can show guesses, a guess from all its labels.
 */
export function settleOrGuess(
  index: TermIndex,
  matched: readonly IndicatorMatch[],
  topic: TableTopic,
  sources: readonly LabelSource[],
  guesses: boolean,
): IndicatorMatch[] {
  const settled = settleCategoryEvidence(index, matched, topic, guesses);
  if (settled.final || settled.matched.length > 0 || !guesses) return settled.matched;
  // Labels no phrase names may still share telling words with an indicator: a guess.
  return guessIndicators(index, sources);
}
