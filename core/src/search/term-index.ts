/**
 * An index of catalogue phrases (indicator names and synonyms in seven languages) built for
 * fast lookups: exact phrase, word → phrases, and typo/inflection neighbours of each word.
 */
import { isStopword } from "../text/stopwords";
import { normalizeText } from "../text/normalize";
import type { Indicator, TermKind } from "../catalogue/schema";
import type { Language, Measure } from "../catalogue/vocabulary";
import { stemWord } from "../text/stem";
import { buildStemClasses, type StemClasses } from "./stem-classes";
import { NO_SHORTHAND, shorthandWords, type ShorthandWords } from "./shorthand-words";
import { CONTEXT_SECTION } from "../tagging/context-mentions";
import { writesCodeWhole } from "./written-code";

export interface Phrase {
  indicatorId: string;
  text: string;
  lang: Language;
  ambiguous: boolean;
  /** An acronym term ("NRM", «РВП»): counts only where the text has it in the same case. */
  acronym?: boolean;
  /** A dataset code ("migr_resfirst"): counts only whole, every word exactly as written. */
  code?: boolean;
  /** Normalised phrase. */
  norm: string;
  /** Normalised content words (no function words), in order. */
  words: string[];
  /** The stem of each word in the phrase's language ("" when it has none), by the same index. */
  stems: string[];
}

export interface TermIndex {
  phrases: Phrase[];
  /** Normalised content-word phrase → phrase indexes. */
  exact: Map<string, number[]>;
  /** Word → indexes of the phrases that contain it. */
  byWord: Map<string, number[]>;
  /** Stem key ("fr:immigr", stem.ts) → vocabulary words that share it. */
  stems: Map<string, Set<string>>;
  /** Vocabulary words grouped by shared stems, for the page tagger (stem-classes.ts). */
  classes: StemClasses;
  /** What each indicator measures (stock, flow …), where known: settles near ties. */
  measures: ReadonlyMap<string, Measure>;
  /** A stock's flow and a flow's stock (the catalogue's `counterpart`), where named. */
  counterparts: ReadonlyMap<string, string>;
  /** Words that name an indicator only as a table's lone measure word (shorthand-words.ts). */
  shorthand: ShorthandWords;
  /** Context indicators (key statistics such as total population), which give way in tables. */
  contextIds: ReadonlySet<string>;
  /**
   * Indicators that are another topic's measure broken down by migratory status (poverty,
   * discrimination, employment): what a table is when migrants are only one of its breakdowns.
   */
  statusBreakdownIds: ReadonlySet<string>;
}

/** The IDs of the context indicators (section K) among `indicators`. */
export function contextIdsOf(
  indicators: readonly { id: string; section?: string | undefined }[],
): Set<string> {
  return new Set(indicators.filter((i) => i.section === CONTEXT_SECTION).map((i) => i.id));
}

/**
 * Whether a scored phrase may count: a dataset code only when the text has every word of it
 * exactly (coverage is weighted by match quality, so a typo or a stem keeps it under 1) and
 * whole (written-code.ts) — "migr_imm2ctz" or "tps00175" is another dataset, "migr" alone names
 * none, and "SM.POP.TOTL.ZS" is no "SM.POP.TOTL".
 */
export function countsAsWritten(
  index: TermIndex,
  phrase: Phrase,
  phraseCoverage: number,
  text: string,
): boolean {
  return phrase.code !== true || (phraseCoverage === 1 && writesCodeWhole(index, phrase, text));
}

/** The IDs of the indicators whose required breakdowns include migratory status. */
export function statusBreakdownIdsOf(
  indicators: readonly { id: string; requiredDimensions?: readonly string[] | undefined }[],
): Set<string> {
  return new Set(
    indicators
      .filter((i) => i.requiredDimensions?.includes("migratory-status") === true)
      .map((i) => i.id),
  );
}

/** Indicator → its stock or flow counterpart, for those that name one. */
export function counterpartsOf(
  indicators: readonly { id: string; counterpart?: string | undefined }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of indicators) if (i.counterpart !== undefined) out.set(i.id, i.counterpart);
  return out;
}

/** The content words of a text: normalised, function words removed. */
export function contentWords(text: string): string[] {
  const norm = normalizeText(text);
  if (norm === "") return [];
  const words = norm.split(" ");
  const content = words.filter((w) => !isStopword(w));
  // A phrase made only of function words still needs something to match on.
  return content.length > 0 ? content : words;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function stemsOf(phrases: readonly Phrase[]): Map<string, Set<string>> {
  const stems = new Map<string, Set<string>>();
  for (const p of phrases) {
    for (let w = 0; w < p.words.length; w++) {
      const stem = p.stems[w];
      if (stem) addToSet(stems, `${p.lang}:${stem}`, p.words[w] ?? "");
    }
  }
  return stems;
}

/** The stems of a phrase's words in its language ("" for a word without one). */
export function stemsOfWords(words: readonly string[], lang: Language): string[] {
  return words.map((w) => stemWord(w, lang) ?? "");
}

export function buildTermIndex(indicators: readonly Indicator[]): TermIndex {
  const phrases: Phrase[] = [];
  for (const ind of indicators) {
    const seen = new Map<string, Phrase>();
    const push = (text: string, lang: Language, ambiguous: boolean, kind?: TermKind) => {
      const acronym = kind === "acronym";
      const code = kind === "code";
      const words = contentWords(text);
      const norm = words.join(" ");
      if (norm === "") return;
      // Per language: "immigration" is French as well as English, and a French page is matched
      // with the French phrases alone (mention-matcher.ts).
      // A code is its text as written, separators included (written-code.ts): "SM.POP.REFG.OR"
      // and "SM_POP_REFG_OR" are two spellings a file name may use.
      const key = code ? `${lang}:code:${text.toLowerCase()}` : `${lang}:${norm}`;
      const earlier = seen.get(key);
      if (earlier) {
        // The same words written twice: ambiguous if either spelling was flagged.
        earlier.ambiguous ||= ambiguous;
        return;
      }
      // An acronym or a code counts only as written: no inflected form of it (Spanish «pero» is
      // no «PERE»; "migr_resfirsts" is no dataset).
      const stems = acronym || code ? words.map(() => "") : stemsOfWords(words, lang);
      const phrase: Phrase = {
        indicatorId: ind.id,
        text,
        lang,
        ambiguous,
        norm,
        words,
        stems,
        ...(acronym ? { acronym } : {}),
        ...(code ? { code } : {}),
      };
      seen.set(key, phrase);
      phrases.push(phrase);
    };
    push(ind.name, "en", false);
    for (const s of ind.synonyms) push(s.text, s.lang, s.ambiguous, s.kind);
  }

  // Dropping function words can fold a specific phrase onto another indicator's words ("Total
  // population" → "population"); words that several indicators claim are ambiguous for all.
  // A code is its whole text: "SM.POP.REFG.OR" loses its "or" but is no "SM.POP.REFG".
  const ownerKey = (p: Phrase) => (p.code === true ? `code:${normalizeText(p.text)}` : p.norm);
  const owners = new Map<string, Set<string>>();
  for (const p of phrases) addToSet(owners, ownerKey(p), p.indicatorId);
  for (const p of phrases) {
    if ((owners.get(ownerKey(p))?.size ?? 0) > 1) p.ambiguous = true;
  }

  return indexPhrases(
    phrases,
    new Map(indicators.map((i) => [i.id, i.measure])),
    counterpartsOf(indicators),
    shorthandWords(
      indicators.flatMap((i) =>
        (i.shorthand ?? []).map((s) => ({ indicatorId: i.id, text: s.text, lang: s.lang })),
      ),
    ),
    undefined,
    contextIdsOf(indicators),
    statusBreakdownIdsOf(indicators),
  );
}

function exactOf(phrases: readonly Phrase[]): Map<string, number[]> {
  const exact = new Map<string, number[]>();
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i];
    if (p) addTo(exact, p.norm, i);
  }
  return exact;
}

function byWordOf(phrases: readonly Phrase[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  // Plain loops and no Set per phrase: this runs once per process, before the JIT warms up.
  for (let i = 0; i < phrases.length; i++) {
    const words = phrases[i]?.words;
    if (!words) continue;
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      if (word === undefined) continue;
      const list = byWord.get(word);
      if (!list) byWord.set(word, [i]);
      // Phrase indexes arrive in order, so a word repeated in this phrase is already last.
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  return byWord;
}

/**
 * The lookup maps over phrases already normalised: used by `buildTermIndex` and to rebuild the
 * bundled catalogue's index from its precomputed phrases (precomputed-phrases.ts).
 *
 * Each map is built on the first lookup that needs it (as is the typo neighbourhood,
 * deletion-index.ts): page tagging walks its own trie of the phrases and needs none of them,
 * and the first tagging pass of a page waits for the index. `phrases` must not change after.
 */
export function indexPhrases(
  phrases: Phrase[],
  measures: ReadonlyMap<string, Measure> = new Map(),
  counterparts: ReadonlyMap<string, string> = new Map(),
  shorthand: ShorthandWords = NO_SHORTHAND,
  /**
   * Reads the stem map stored with the phrases (precomputed-stems.ts), equal to building it;
   * undefined when there is none. Called on first use, like the builds.
   */
  storedStems?: () => Map<string, Set<string>> | undefined,
  contextIds: ReadonlySet<string> = new Set(),
  statusBreakdownIds: ReadonlySet<string> = new Set(),
): TermIndex {
  let exact: Map<string, number[]> | undefined;
  let byWord: Map<string, number[]> | undefined;
  let stems: Map<string, Set<string>> | undefined;
  let classes: StemClasses | undefined;
  const index: TermIndex = {
    phrases,
    measures,
    counterparts,
    shorthand,
    contextIds,
    statusBreakdownIds,
    get exact() {
      exact ??= exactOf(phrases);
      return exact;
    },
    get byWord() {
      byWord ??= byWordOf(phrases);
      return byWord;
    },
    get stems() {
      stems ??= storedStems?.() ?? stemsOf(phrases);
      return stems;
    },
    get classes() {
      classes ??= buildStemClasses(phrases);
      return classes;
    },
  };
  return index;
}
