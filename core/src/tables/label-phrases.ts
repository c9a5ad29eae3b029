/**
 * The catalogue phrases one table label names: containment of a phrase's words in the label
 * (enough coverage), acronyms written as such, and only phrases naming what the label measures
 * (label-clauses). Worked out once per distinct label and scored by where the label was found.
 */
import { scorePhrases, type PhraseScore } from "../search/score-phrases";
import type { WordMatch } from "../search/resolve-word";
import { contentWords, countsAsWritten, type Phrase, type TermIndex } from "../search/term-index";
import { normalizeText } from "../text/normalize";
import { labelClauses, type LabelClauses } from "./label-clauses";
import type { IndicatorMatch } from "./schema";
import { memoizeByPair, memoizeByString } from "./string-memo";

export type EvidenceWhere = IndicatorMatch["evidence"][number]["where"];

/** Share of a phrase's words (weighted by match quality) a label must contain to count. */
export const MIN_PHRASE_COVERAGE = 0.8;
/** What a match is worth by where it was found: the title says what the table is about. */
export const WHERE_WEIGHT: Readonly<Record<EvidenceWhere, number>> = {
  title: 1,
  header: 0.8,
  labels: 0.7,
  sheet: 0.6,
  file: 0.5,
  unit: 0.4,
};
/** Phrases flagged ambiguous name several indicators, so they decide less. */
export const AMBIGUOUS_FACTOR = 0.6;
/** A one-word phrase ("refugees") is less specific than a two-word one ("refugee stock"). */
export const SINGLE_WORD_FACTOR = 0.8;
/** How much of the label the phrase explains still counts a little (precision). */
export const QUERY_COVERAGE_WEIGHT = 0.2;
function phraseScore(
  index: TermIndex,
  phrase: number,
  phraseCoverage: number,
  queryCoverage: number,
  where: EvidenceWhere,
): number {
  const p = index.phrases[phrase];
  if (!p) return 0;
  const specificity = p.words.length === 1 ? SINGLE_WORD_FACTOR : 1;
  const precision = 1 - QUERY_COVERAGE_WEIGHT + QUERY_COVERAGE_WEIGHT * queryCoverage;
  return (
    phraseCoverage *
    specificity *
    precision *
    WHERE_WEIGHT[where] *
    (p.ambiguous ? AMBIGUOUS_FACTOR : 1)
  );
}

const clausesOf = memoizeByString(labelClauses);
// Labels repeat across tables and sheets; the word lists are shared, so they are not changed.
export const wordsOf: (text: string) => readonly string[] = memoizeByString(contentWords);

/**
 * A one-word phrase is generic when the catalogue flags it ambiguous or wrote it with function
 * words that fall away ("Total population" is just "population" to the matcher).
 */
function isGenericPhrase(index: TermIndex, phrase: number): boolean {
  const p = index.phrases[phrase];
  if (!p || p.words.length !== 1) return false;
  return p.ambiguous || writtenWithSeveralWords(p.text);
}

const writtenWithSeveralWords = memoizeByString(
  (text) => normalizeText(text).split(" ").length > 1,
);

export type Resolve = (word: string) => WordMatch[];

/** Whether a phrase's matched words name what the label measures (see label-clauses). */
function phraseNamesMeasure(
  index: TermIndex,
  phrase: number,
  matchedWords: readonly string[],
  clauses: LabelClauses,
  resolve: Resolve,
): boolean {
  const resolvesTo = (w: string, target: string) => resolve(w).some((m) => m.word === target);
  if (clauses.denominator.size > 0) {
    const outside = matchedWords.some((m) =>
      clauses.outsideDenominator.some((w) => resolvesTo(w, m)),
    );
    if (!outside) return false;
  }
  if (!isGenericPhrase(index, phrase)) return true;
  return matchedWords.some((m) => clauses.plain.some((w) => resolvesTo(w, m)));
}

/**
 * Scores phrases once per distinct query: a title and a sheet named alike, and the headers
 * every table repeats ("Citizenship", "2019"), share one scoring. The scores are shared too,
 * so nothing downstream may change them. One memo per index and resolver.
 */
const coveredPhrases = memoizeByPair((index: TermIndex, resolve: Resolve) =>
  // Content words never hold a space, so splitting the key gives the words back.
  memoizeByString((joined): readonly PhraseScore[] =>
    scorePhrases(index, joined === "" ? [] : joined.split(" "), resolve, MIN_PHRASE_COVERAGE),
  ),
);

/**
 * Whether `text` writes the acronym with its own letters and case, as a word of its own ("NRM
 * referrals", "nrm_referrals" does not count): short upper-case words are ordinary words in
 * other places ("Nrm", "ofw"), so an acronym term matches case-sensitively.
 */
export function writesAcronym(text: string, acronym: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(acronym, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + acronym.length];
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after)) return true;
    from = at + 1;
  }
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT_RE.test(ch);

/** A catalogue phrase a label names (enough coverage, naming what is measured), not yet weighed. */
interface LabelPhrase {
  phrase: Phrase;
  /** Index of the phrase in the term index. */
  at: number;
  words: readonly string[];
  coverage: number;
  queryCoverage: number;
}

/** A catalogue phrase a label names, scored as evidence found in `where`. */
interface NamedPhrase {
  phrase: Phrase;
  words: readonly string[];
  score: number;
}

/**
 * The phrases a label names, worked out once per distinct label: a page's tables repeat their
 * headers, and a title is also read as the sheet name. Shared lists: nothing may change them.
 */
const labelPhrases = memoizeByPair((index: TermIndex, resolve: Resolve) => {
  const covered = coveredPhrases(index, resolve);
  return memoizeByString((label): readonly LabelPhrase[] => {
    const clauses = clausesOf(label);
    const out: LabelPhrase[] = [];
    for (const s of covered(wordsOf(label).join(" "))) {
      const phrase = index.phrases[s.phrase];
      if (!phrase) continue;
      if (phrase.acronym === true && !writesAcronym(label, phrase.text)) continue;
      if (!countsAsWritten(index, phrase, s.phraseCoverage, label)) continue;
      if (!phraseNamesMeasure(index, s.phrase, s.matchedWords, clauses, resolve)) continue;
      out.push({
        phrase,
        at: s.phrase,
        words: s.matchedWords,
        coverage: Math.min(1, s.phraseCoverage),
        queryCoverage: s.queryCoverage,
      });
    }
    return withoutSubsumed(out);
  });
});

/**
 * The phrases not contained in a longer phrase of another indicator that the same label names:
 * "Employment rates by nationality · Non UK" names the employment rate of non-nationals, not
 * the non-nationals themselves (a shorter phrase must never win over a longer one holding it).
 */
function withoutSubsumed(phrases: readonly LabelPhrase[]): LabelPhrase[] {
  if (phrases.length < 2) return [...phrases];
  return phrases.filter(
    (p) =>
      !phrases.some(
        (q) =>
          q.phrase.indicatorId !== p.phrase.indicatorId &&
          q.words.length > p.words.length &&
          p.words.every((w) => q.words.includes(w)),
      ),
  );
}

/** The catalogue phrases a label names, scored as found in `where`. */
export function namedPhrases(
  index: TermIndex,
  label: string,
  where: EvidenceWhere,
  resolve: Resolve,
): NamedPhrase[] {
  return labelPhrases(
    index,
    resolve,
  )(label).map(({ phrase, at, words, coverage, queryCoverage }) => ({
    phrase,
    words,
    score: phraseScore(index, at, coverage, queryCoverage, where),
  }));
}
