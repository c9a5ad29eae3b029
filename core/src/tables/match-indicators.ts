/**
 * Matches a table's labels to catalogue indicators. A table label is long and says more than
 * an indicator name ("Total refugees and people in refugee-like situations"), so the test is
 * containment: a catalogue phrase whose words are (nearly) all in the label is evidence, however
 * many other words the label has. Evidence from title, headers, sheet name and unit adds up.
 */
import type { Language } from "../catalogue/vocabulary";
import { fuzzyPhraseSearch } from "../search/fuzzy-fallback";
import type { SearchHit } from "../search/search";
import { contentWords, countsAsWritten, type TermIndex } from "../search/term-index";
import {
  namedPhrases,
  writesAcronym,
  WHERE_WEIGHT,
  wordsOf,
  type EvidenceWhere,
  type Resolve,
} from "./label-phrases";
import { contextYields } from "./context-yields";
import { loneWordIndicators } from "./lone-label-word";
import type { IndicatorMatch } from "./schema";
import { labelReadings } from "./label-readings";
import { memoizeByString } from "./string-memo";
import { sharedStrictResolver } from "./strict-resolver";

export {
  AMBIGUOUS_FACTOR,
  MIN_PHRASE_COVERAGE,
  QUERY_COVERAGE_WEIGHT,
  SINGLE_WORD_FACTOR,
  WHERE_WEIGHT,
  writesAcronym,
  type EvidenceWhere,
} from "./label-phrases";

export interface LabelSource {
  where: EvidenceWhere;
  text: string;
}

/**
 * A table-level label whose one measure word is an indicator's shorthand ("applications - by
 * nationality"): worth this share of the place's weight, enough alone, less than a phrase.
 */
export const LONE_WORD_WEIGHT = 0.6;
/** Where a lone word names the table: its own name, not a header or a cell. */
const TABLE_LEVEL: ReadonlySet<EvidenceWhere> = new Set(["title", "sheet", "file"]);
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
  const texts = labelReadings(source.text);
  for (const { phrase, words: matched, score } of texts.flatMap((text) =>
    namedPhrases(index, text, source.where, resolve),
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
    for (const lone of texts.flatMap((text) => loneWordIndicators(index, text))) {
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
  return contextYields(
    out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)),
    index.contextIds,
  ).slice(0, options.maxIndicators ?? MAX_INDICATORS);
}

export interface LabelMatch {
  id: string;
  score: number;
  matched: { text: string; lang: Language };
}

/**
 * The single best indicator for one label (used for per-label matching and the benchmark):
 * the exact phrase if there is one, else the phrase the label contains best, in any of the
 * label's readings (label-readings.ts), as in a table.
 */
export function bestIndicatorForLabel(
  index: TermIndex,
  label: string,
  resolve: Resolve = sharedStrictResolver(index),
): LabelMatch | undefined {
  let best: LabelMatch | undefined;
  for (const text of labelReadings(label)) {
    const match = bestForText(index, text, resolve);
    if (match !== undefined && (best === undefined || match.score > best.score)) best = match;
    if (best?.score === 1) break;
  }
  return best;
}

function bestForText(index: TermIndex, label: string, resolve: Resolve): LabelMatch | undefined {
  const words = contentWords(label);
  if (words.length === 0) return undefined;
  const exact = index.exact.get(words.join(" "))?.find((i) => {
    const p = index.phrases[i];
    if (p === undefined || !countsAsWritten(index, p, 1, label)) return false;
    return p.acronym !== true || writesAcronym(label, p.text);
  });
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
