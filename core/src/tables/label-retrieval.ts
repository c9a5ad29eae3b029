/**
 * A guess for a table whose labels name no catalogue phrase: its words, stemmed, against the
 * words of every indicator's names and synonyms in the same language, each shared word weighted
 * by how few indicators use it (IDF). "Tasa de paro por nacionalidad" shares "tasa", "paro" and
 * "nacionalidad" with the unemployment rate by migratory status and only "nacionalidad" with
 * the foreign population, so the first ranks higher. A guess is made only for a table anchored
 * in migration (migration-anchor.ts), needs telling words besides the anchor, scores below any
 * phrase match and is marked as a guess with the words it rests on.
 */
import type { TermIndex } from "../search/term-index";
import { scriptLanguages, stemWord } from "../text/stem";
import { WHERE_WEIGHT, wordsOf } from "./label-phrases";
import type { LabelSource } from "./match-indicators";
import { hasMigrationAnchor, isAnchorWord } from "./migration-anchor";
import type { IndicatorMatch } from "./schema";
import { lookupPlace } from "./country-names";
import { monthOfWord } from "./month-names";
import { memoizeByString } from "./string-memo";
import { stemKeySet } from "./stem-key-set";

/** A guess's score is at most this: below MIN_INDICATOR_SCORE, so under every phrase match. */
export const GUESS_CEILING = 0.25;
/** Guesses offered per table (the reader picks among them). */
export const MAX_GUESSES = 3;
/**
 * A word shared with more indicators than this share of them names none in particular ("rate"):
 * it adds to a guess but is not telling.
 */
export const MAX_DECIDING_SHARE = 0.2;
/**
 * Telling words (not the anchor, in the table's names or headers, rare enough) a guess must
 * share: one is chance ("delitos sexuales por nacionalidad" shares "sexuales" with violence by
 * migratory status), two are a topic ("migration_permits_issued").
 */
export const MIN_DECIDING_WORDS = 2;
/** Evidence entries kept per guess. */
const MAX_GUESS_EVIDENCE = 4;

export interface RetrievalIndex {
  /** Token ("es:par": language and stem, or the word where it has no stem) → indicators. */
  postings: Map<string, string[]>;
  /** Token → ln((indicators + 1) / indicators using it). */
  idf: Map<string, number>;
  /** Indicators with phrases. */
  indicatorCount: number;
  /** Indicator → its phrases as token lists with their text, for the evidence. */
  phrasesOf: Map<string, { text: string; tokens: string[] }[]>;
}

const retrievalIndexes = new WeakMap<TermIndex, RetrievalIndex>();

/** The retrieval lists over the catalogue's words, built on the first guess. */
export function retrievalIndex(index: TermIndex): RetrievalIndex {
  const cached = retrievalIndexes.get(index);
  if (cached) return cached;
  const users = new Map<string, Set<string>>();
  const phrasesOf = new Map<string, { text: string; tokens: string[] }[]>();
  for (const p of index.phrases) {
    // Acronyms and dataset codes count only as written: phrase matching has them.
    if (p.acronym === true || p.code === true) continue;
    const tokens = p.words.map((w, i) => `${p.lang}:${p.stems[i] || w}`);
    for (const t of tokens) {
      const set = users.get(t);
      if (set) set.add(p.indicatorId);
      else users.set(t, new Set([p.indicatorId]));
    }
    const list = phrasesOf.get(p.indicatorId);
    if (list) list.push({ text: p.text, tokens });
    else phrasesOf.set(p.indicatorId, [{ text: p.text, tokens }]);
  }
  const indicatorCount = phrasesOf.size;
  const postings = new Map<string, string[]>();
  const idf = new Map<string, number>();
  for (const [token, ids] of users) {
    postings.set(token, [...ids]);
    idf.set(token, Math.log((indicatorCount + 1) / ids.size));
  }
  const built = { postings, idf, indicatorCount, phrasesOf };
  retrievalIndexes.set(index, built);
  return built;
}

/** A word's tokens: one per language its script allows (its stem there, else the word). */
export const tokensOfWord = memoizeByString((word: string): string[] =>
  scriptLanguages(word).map((lang) => `${lang}:${stemWord(word, lang) ?? word}`),
);

const isNumber = (w: string) => /^\p{N}/u.test(w);

/**
 * Words of a table's frame, not of what it counts: every table has a total, a time, a sex and
 * an age column, a data sheet and a value header. They are rare in indicator names, so IDF
 * would make much of them; they are left out of the guess.
 */
const FRAME_WORDS = stemKeySet(
  `total totals time date year years period data value values number numbers count
    unit units flag flags footnotes notes note source code codes geo country countries region
    regions id name type category categories sex age obs persons people indicator indicators
    indic group groups month months quarter quarters annual monthly yearly part other others
    totale annee annees valeur valeurs donnees nombre pays categorie sexe personnes groupe classe
    mois trimestre indicateur autre autres
    ano anos valor valores datos numero cantidad fecha periodo pais paises region tipo categoria
    sexo edad personas grupo mes meses trimestre indicador otro otros
    всего итого год года годы значение данные число количество страна страны регион тип пол
    возраст человек лиц группа месяц квартал показатель
    an ani valoare date numar tara tari regiune tip varsta persoane grupa luna trimestru indicator
    ukupno godina godine vrednost podaci broj zemlja tip pol starost osoba lica grupa mesec kvartal
    المجموع الاجمالي السنة القيمة البيانات العدد البلد المنطقة النوع الجنس العمر`,
);

/** Whether a normalised word frames a table (total, year, value, sex …) rather than naming its topic. */
export const isFrameWord = memoizeByString((w) => FRAME_WORDS.has(w));

/** Where a word can decide a guess: a table's own names and headers, not its cells or unit. */
const DECIDING_PLACES: ReadonlySet<LabelSource["where"]> = new Set([
  "title",
  "sheet",
  "file",
  "header",
]);

const MEASURE_PLACES: ReadonlySet<LabelSource["where"]> = new Set([...DECIDING_PLACES, "labels"]);

export interface GuessOptions {
  /** Only these indicators may be guessed (default: all). */
  among?: ReadonlySet<string>;
  /**
   * The caller has established that the table is about migrants (a breakdown by migratory
   * status): no anchor word is needed, and one telling word names the measure.
   */
  anchored?: boolean;
}

interface QueryWord {
  word: string;
  weight: number;
  anchor: boolean;
  /** Found in a place where it can decide (DECIDING_PLACES). */
  named: boolean;
}

/**
 * The distinct words of a table's labels, each weighted by the best place it was found in;
 * labels that are place names (a column per country), place words and frame words are left out.
 */
function queryWords(
  sources: readonly LabelSource[],
  deciding: ReadonlySet<LabelSource["where"]>,
): QueryWord[] {
  const byWord = new Map<string, QueryWord>();
  for (const s of sources) {
    if (lookupPlace(s.text) !== undefined) continue;
    const weight = WHERE_WEIGHT[s.where];
    const named = deciding.has(s.where);
    for (const word of wordsOf(s.text)) {
      if (
        word.length < 2 ||
        isNumber(word) ||
        isFrameWord(word) ||
        monthOfWord(word) !== undefined ||
        // A place inside a label ("в США всего") says where, not what.
        lookupPlace(word) !== undefined
      )
        continue;
      const prev = byWord.get(word);
      if (prev) {
        prev.weight = Math.max(prev.weight, weight);
        prev.named ||= named;
      } else byWord.set(word, { word, weight, anchor: isAnchorWord(word), named });
    }
  }
  return [...byWord.values()];
}

interface Candidate {
  id: string;
  score: number;
  /** Query words it shares, with their tokens. */
  shared: Map<string, string>;
  /** Distinct telling words shared (see MIN_DECIDING_WORDS). */
  deciding: number;
}

/**
 * How central the shared words are to an indicator: for each, the share of its phrases that
 * have it. Breaks ties between guesses sharing the same words: "permits issued" is what most
 * names of residence permits say, and only one name of family reunification.
 */
function centrality(r: RetrievalIndex, c: Candidate): number {
  const phrases = r.phrasesOf.get(c.id) ?? [];
  if (phrases.length === 0) return 0;
  let sum = 0;
  for (const token of new Set(c.shared.values()))
    sum += phrases.filter((p) => p.tokens.includes(token)).length / phrases.length;
  return sum;
}

/** The catalogue phrase of an indicator sharing most of the matched tokens (for the evidence). */
function closestPhrase(r: RetrievalIndex, id: string, tokens: ReadonlySet<string>): string {
  let best = "";
  let bestShared = 0;
  for (const p of r.phrasesOf.get(id) ?? []) {
    const shared = p.tokens.filter((t) => tokens.has(t)).length;
    if (shared > bestShared) {
      best = p.text;
      bestShared = shared;
    }
  }
  return best;
}

/** The evidence of a guess: the labels holding its shared words, the ones sharing most first. */
function evidenceOf(
  sources: readonly LabelSource[],
  shared: ReadonlyMap<string, string>,
  matched: string,
): IndicatorMatch["evidence"] {
  const out: IndicatorMatch["evidence"] = [];
  const seen = new Set<string>();
  for (const s of sources) {
    const words = wordsOf(s.text).filter((w) => shared.has(w));
    const key = `${s.where}\u0000${s.text}`;
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ where: s.where, text: s.text, matched, words: [...new Set(words)] });
  }
  return out
    .sort(
      (a, b) => b.words.length - a.words.length || WHERE_WEIGHT[b.where] - WHERE_WEIGHT[a.where],
    )
    .slice(0, MAX_GUESS_EVIDENCE);
}

/**
 * Indicators a table's labels share words with, best first, as guesses (`guess: true`); none
 * when the labels have no migration anchor or share nothing but the anchor with any indicator.
 */
export function guessIndicators(
  index: TermIndex,
  sources: readonly LabelSource[],
  options: GuessOptions = {},
): IndicatorMatch[] {
  const anchored = options.anchored === true;
  // A measure's name in a series column ("Proportion … victime de discrimination") decides too.
  const words = queryWords(sources, anchored ? MEASURE_PLACES : DECIDING_PLACES);
  if (!anchored && !words.some((w) => w.anchor)) return [];
  if (!anchored && !hasMigrationAnchor(sources.map((s) => wordsOf(s.text)))) return [];
  const among = options.among;
  const r = retrievalIndex(index);
  const decidingIdf = Math.log(1 / MAX_DECIDING_SHARE);
  const unknownIdf = Math.log(r.indicatorCount + 1);
  const candidates = new Map<string, Candidate>();
  let possible = 0;
  for (const w of words) {
    // Per indicator, the word's best token: a word read in two languages counts once.
    const best = new Map<string, { idf: number; token: string }>();
    let wordBest = 0;
    for (const token of tokensOfWord(w.word)) {
      const ids = r.postings.get(token);
      const idf = r.idf.get(token) ?? 0;
      if (!ids) continue;
      wordBest = Math.max(wordBest, idf);
      for (const id of ids) if ((best.get(id)?.idf ?? -1) < idf) best.set(id, { idf, token });
    }
    // The score is the share of the table's own words explained; a word no indicator uses is
    // as specific as a word can be.
    if (w.named) possible += w.weight * (wordBest > 0 ? wordBest : unknownIdf);
    for (const [id, { idf, token }] of best) {
      if (among !== undefined && !among.has(id)) continue;
      let c = candidates.get(id);
      if (!c) {
        c = { id, score: 0, shared: new Map(), deciding: 0 };
        candidates.set(id, c);
      }
      c.score += w.weight * idf;
      c.shared.set(w.word, token);
      if (!w.anchor && w.named && idf >= decidingIdf) c.deciding++;
    }
  }
  if (possible === 0) return [];
  const minDeciding = anchored ? 1 : MIN_DECIDING_WORDS;
  const kept = [...candidates.values()].filter((c) => c.deciding >= minDeciding);
  const central = new Map(kept.map((c) => [c.id, centrality(r, c)]));
  return kept
    .sort(
      (a, b) =>
        b.score - a.score ||
        (central.get(b.id) ?? 0) - (central.get(a.id) ?? 0) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, MAX_GUESSES)
    .map((c) => {
      const matched = closestPhrase(r, c.id, new Set(c.shared.values()));
      return {
        id: c.id,
        score: Math.round(GUESS_CEILING * Math.min(1, c.score / possible) * 1000) / 1000,
        guess: true as const,
        evidence: evidenceOf(sources, c.shared, matched),
      };
    });
}
