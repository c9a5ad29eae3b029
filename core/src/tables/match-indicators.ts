/**
 * Matches a table's labels to catalogue indicators. A table label is long and says more than
 * an indicator name ("Total refugees and people in refugee-like situations"), so the test is
 * containment: a catalogue phrase whose words are (nearly) all in the label is evidence, however
 * many other words the label has. Evidence from title, headers, sheet name and unit adds up.
 */
import type { Language } from "../catalogue/vocabulary";
import { fuzzyPhraseSearch } from "../search/fuzzy-fallback";
import { scorePhrases, type PhraseScore } from "../search/score-phrases";
import type { SearchHit } from "../search/search";
import { labelClauses, type LabelClauses } from "./label-clauses";
import { loneWordIndicators } from "./lone-label-word";
import { memoizeByPair, memoizeByString } from "./string-memo";
import { sharedStrictResolver } from "./strict-resolver";
import type { WordMatch } from "../search/resolve-word";
import { contentWords, countsAsWritten, type Phrase, type TermIndex } from "../search/term-index";
import { normalizeText } from "../text/normalize";
import type { IndicatorMatch } from "./schema";

export type EvidenceWhere = IndicatorMatch["evidence"][number]["where"];

export interface LabelSource {
  where: EvidenceWhere;
  text: string;
}

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
/**
 * A table-level label whose one measure word is an indicator's shorthand ("applications - by
 * nationality"): worth this share of the place's weight, enough alone, less than a phrase.
 */
export const LONE_WORD_WEIGHT = 0.6;
/** Where a lone word names the table: its own name, not a header or a cell. */
const TABLE_LEVEL: ReadonlySet<EvidenceWhere> = new Set(["title", "sheet", "file"]);
/** Phrases flagged ambiguous name several indicators, so they decide less. */
export const AMBIGUOUS_FACTOR = 0.6;
/** A one-word phrase ("refugees") is less specific than a two-word one ("refugee stock"). */
export const SINGLE_WORD_FACTOR = 0.8;
/** How much of the label the phrase explains still counts a little (precision). */
export const QUERY_COVERAGE_WEIGHT = 0.2;
/** Each further piece of evidence for the same indicator adds this share of its score. */
export const CORROBORATION_WEIGHT = 0.25;
/** Indicators scoring below this are not reported. */
export const MIN_INDICATOR_SCORE = 0.3;
export const MAX_INDICATORS = 5;
export const MAX_EVIDENCE = 4;
/** fuse.js runs only for a title that matched nothing word by word; its hits are worth less. */
export const FUZZY_TITLE_FACTOR = 0.6;
/** Distinct titles whose fuzzy hits are kept per catalogue index. */
const MAX_CACHED_FUZZY_QUERIES = 1000;

export interface MatchOptions {
  maxIndicators?: number;
  /** Report indicators scoring at least this (default MIN_INDICATOR_SCORE). */
  minScore?: number;
  /** Whether a table name's one measure word counts (default true; see lone-label-word). */
  loneWords?: boolean;
  /**
   * Whether titles are searched with typos allowed when no label names anything (default true).
   * Off for labels made up by joining two others: the title alone was searched already.
   */
  fuzzyTitles?: boolean;
}

interface Evidence {
  where: EvidenceWhere;
  text: string;
  matched: string;
  words: readonly string[];
  score: number;
}

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
const wordsOf: (text: string) => readonly string[] = memoizeByString(contentWords);

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

type Resolve = (word: string) => WordMatch[];

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
      if (!countsAsWritten(phrase, s.phraseCoverage)) continue;
      if (!phraseNamesMeasure(index, s.phrase, s.matchedWords, clauses, resolve)) continue;
      out.push({
        phrase,
        at: s.phrase,
        words: s.matchedWords,
        coverage: Math.min(1, s.phraseCoverage),
        queryCoverage: s.queryCoverage,
      });
    }
    return out;
  });
});

/** The catalogue phrases a label names, scored as found in `where`. */
function namedPhrases(
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

/** Evidence by indicator, as one label gives it. */
type LabelEvidence = readonly (readonly [indicatorId: string, evidence: Evidence])[];

/** The evidence one label gives, best phrase per indicator, in the order first found. */
function evidenceOfLabel(
  index: TermIndex,
  source: LabelSource,
  resolve: Resolve,
  loneWords: boolean,
): LabelEvidence {
  const best = new Map<string, Evidence>();
  for (const { phrase, words: matched, score } of namedPhrases(
    index,
    source.text,
    source.where,
    resolve,
  )) {
    const prev = best.get(phrase.indicatorId);
    if (!prev || prev.score < score) {
      best.set(phrase.indicatorId, {
        where: source.where,
        text: source.text,
        matched: phrase.text,
        words: matched,
        score,
      });
    }
  }
  if (loneWords && TABLE_LEVEL.has(source.where))
    for (const lone of loneWordIndicators(index, source.text)) {
      const score = LONE_WORD_WEIGHT * WHERE_WEIGHT[source.where];
      const prev = best.get(lone.indicatorId);
      if (!prev || prev.score < score)
        best.set(lone.indicatorId, {
          where: source.where,
          text: source.text,
          matched: lone.matched,
          words: [lone.word],
          score,
        });
    }
  return [...best];
}

/** Between the place and the text of a label in cache keys: no place name holds it. */
const KEY_SEPARATOR = "\u0000";

/** Per index, with and without lone words: each label's evidence by where and text. */
type EvidenceMemo = (key: string) => LabelEvidence;
const evidenceCaches = new WeakMap<
  TermIndex,
  { withLoneWords: EvidenceMemo; without: EvidenceMemo }
>();

function evidenceMemo(index: TermIndex, loneWords: boolean): EvidenceMemo {
  const resolve = sharedStrictResolver(index);
  return memoizeByString((key) => {
    const split = key.indexOf(KEY_SEPARATOR);
    const where = key.slice(0, split) as EvidenceWhere;
    return evidenceOfLabel(index, { where, text: key.slice(split + 1) }, resolve, loneWords);
  });
}

/** A label's evidence, worked out once per distinct place and text (see labelPhrases). Shared. */
function cachedEvidenceOfLabel(
  index: TermIndex,
  source: LabelSource,
  loneWords: boolean,
): LabelEvidence {
  let memos = evidenceCaches.get(index);
  if (!memos) {
    memos = { withLoneWords: evidenceMemo(index, true), without: evidenceMemo(index, false) };
    evidenceCaches.set(index, memos);
  }
  const evidenceOf = loneWords ? memos.withLoneWords : memos.without;
  return evidenceOf(`${source.where}${KEY_SEPARATOR}${source.text}`);
}

/** Evidence per indicator from a set of labels; each label's text is scored once. */
function collectEvidence(
  index: TermIndex,
  sources: readonly LabelSource[],
  loneWords: boolean,
): Map<string, Evidence[]> {
  const byIndicator = new Map<string, Evidence[]>();
  const seen = new Set<string>();
  for (const source of sources) {
    const words = wordsOf(source.text);
    const key = `${source.where}${KEY_SEPARATOR}${words.join(" ")}`;
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    for (const [id, ev] of cachedEvidenceOfLabel(index, source, loneWords)) {
      const list = byIndicator.get(id);
      if (list) list.push(ev);
      else byIndicator.set(id, [ev]);
    }
  }
  return byIndicator;
}

function combine(evidence: readonly Evidence[]): number {
  const sorted = [...evidence].sort((a, b) => b.score - a.score);
  const [top, ...rest] = sorted;
  if (!top) return 0;
  // Corroboration counts once per place, so fifty "Inflow" headers do not outvote the title.
  const places = new Map<EvidenceWhere, number>();
  for (const e of rest)
    if (e.where !== top.where && !places.has(e.where)) places.set(e.where, e.score);
  let score = top.score;
  for (const s of places.values()) score += CORROBORATION_WEIGHT * s;
  return Math.min(1, score);
}

// fuse.js is linear in the catalogue: a workbook's sheets share titles, so each is searched once.
const fuzzyCaches = new WeakMap<TermIndex, (query: string) => readonly SearchHit[]>();

function cachedFuzzySearch(index: TermIndex, query: string): readonly SearchHit[] {
  let search = fuzzyCaches.get(index);
  if (!search) {
    search = memoizeByString((q) => fuzzyPhraseSearch(index, q), MAX_CACHED_FUZZY_QUERIES);
    fuzzyCaches.set(index, search);
  }
  return search(query);
}

/** Indicators a table's labels point to, best first. */
export function matchIndicators(
  index: TermIndex,
  sources: readonly LabelSource[],
  options: MatchOptions = {},
): IndicatorMatch[] {
  const byIndicator = collectEvidence(index, sources, options.loneWords ?? true);
  if (byIndicator.size === 0 && options.fuzzyTitles !== false) {
    for (const title of sources.filter((s) => s.where === "title")) {
      for (const hit of cachedFuzzySearch(index, contentWords(title.text).join(" "))) {
        const score = hit.score * FUZZY_TITLE_FACTOR;
        byIndicator.set(hit.id, [
          ...(byIndicator.get(hit.id) ?? []),
          { where: "title", text: title.text, matched: hit.matched.text, words: [], score },
        ]);
      }
    }
  }
  const out: IndicatorMatch[] = [];
  for (const [id, evidence] of byIndicator) {
    const score = combine(evidence);
    if (score < (options.minScore ?? MIN_INDICATOR_SCORE)) continue;
    const shown = [...evidence].sort((a, b) => b.score - a.score).slice(0, MAX_EVIDENCE);
    out.push({
      id,
      score: Math.round(score * 1000) / 1000,
      // A copy of the words: scores are shared between tables (see coveredPhrases).
      evidence: shown.map(({ where, text, matched, words }) => ({
        where,
        text,
        matched,
        words: [...words],
      })),
    });
  }
  return out
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, options.maxIndicators ?? MAX_INDICATORS);
}

export interface LabelMatch {
  id: string;
  score: number;
  matched: { text: string; lang: Language };
}

/**
 * The single best indicator for one label (used for per-label matching and the benchmark):
 * the exact phrase if there is one, else the phrase the label contains best.
 */
export function bestIndicatorForLabel(
  index: TermIndex,
  label: string,
  resolve: Resolve = sharedStrictResolver(index),
): LabelMatch | undefined {
  const words = contentWords(label);
  if (words.length === 0) return undefined;
  const exact = index.exact
    .get(words.join(" "))
    ?.find(
      (i) => index.phrases[i]?.acronym !== true || writesAcronym(label, index.phrases[i].text),
    );
  const exactPhrase = exact === undefined ? undefined : index.phrases[exact];
  if (exactPhrase)
    return {
      id: exactPhrase.indicatorId,
      score: 1,
      matched: { text: exactPhrase.text, lang: exactPhrase.lang },
    };
  let best: LabelMatch | undefined;
  for (const { phrase, score } of namedPhrases(index, label, "header", resolve)) {
    if (!best || score > best.score)
      best = { id: phrase.indicatorId, score, matched: { text: phrase.text, lang: phrase.lang } };
  }
  return best;
}
