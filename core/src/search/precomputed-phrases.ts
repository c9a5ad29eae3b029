/**
 * The bundled catalogue's phrases, normalised ahead of time. Normalising ~3,250 names and
 * synonyms took ~19 ms on every cold start (a page's first tagging pass, each CLI run); the
 * generator (catalog/scripts/write-catalogue-phrases.ts) stores the result of `buildTermIndex`
 * in catalog/src/bundled/catalogue-phrases.generated.ts, and `termIndexFromEncoded` rebuilds
 * the same index from it without normalising anything. A test there keeps it in step.
 */
import { flattenTerms, type Catalogue, type Synonym, type TermInput } from "../catalogue/schema";
import { LANGUAGES, type Language, type Measure } from "../catalogue/vocabulary";
import {
  buildTermIndex,
  contextIdsOf,
  statusBreakdownIdsOf,
  counterpartsOf,
  indexPhrases,
  type Phrase,
  type TermIndex,
} from "./term-index";
import { shorthandWords } from "./shorthand-words";
import { stemsFromJson } from "./precomputed-stems";

/** Regenerates catalogue-phrases.generated.ts; quoted by the staleness test. */
export const REGENERATE_PHRASES_COMMAND = "npm run catalog:phrases";

/** Stands for "the normalised form is the text itself", common enough to be worth eliding. */
const NORM_IS_TEXT = 0;

/** Stands for "this word has no stem" in the stored stems (never a normalised stem). */
const NO_STEM = "-";

/** Flags of a stored phrase, added up: ambiguous, acronym, dataset code. */
const AMBIGUOUS_FLAG = 1;
const ACRONYM_FLAG = 2;
const CODE_FLAG = 4;
type PhraseFlags = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One phrase: its text, language, flags (AMBIGUOUS_FLAG + ACRONYM_FLAG + CODE_FLAG), normalised words (or NORM_IS_TEXT) and the
 * words' stems (stem.ts), space-separated, NO_STEM for a word without one.
 */
export type PhraseRow = [
  text: string,
  lang: Language,
  flags: PhraseFlags,
  norm: string | 0,
  stems: string,
];
/** One indicator's phrases, in catalogue order (so `rows[i]` belongs to `indicators[i]`). */
export type IndicatorRow = [indicatorId: string, phrases: PhraseRow[]];

/** What the generated file holds: the catalogue version it was made from and the rows as JSON. */
export interface EncodedPhrases {
  catalogueVersion: string;
  json: string;
  /** The index's stem map as JSON (precomputed-stems.ts); built from the phrases when absent. */
  stems?: string;
}

/**
 * What the stored rows are checked against: the version and the indicator IDs in order. The
 * parsed catalogue and its authored form (`@gapmap/catalog`) both fit.
 */
type CatalogueSlice = Pick<Catalogue, "version"> & {
  indicators: readonly {
    id: string;
    measure?: Measure;
    counterpart?: string | undefined;
    shorthand?: ShorthandField;
    section?: string;
    requiredDimensions?: readonly string[];
  }[];
};

/** Shorthand as authored (terms by language) or parsed (flat): either way a few words. */
type ShorthandField = Partial<Record<Language, TermInput[]>> | readonly Synonym[] | undefined;

const isFlat = (s: NonNullable<ShorthandField>): s is readonly Synonym[] => Array.isArray(s);

/** The shorthand of the slice's indicators. */
function shorthandOf(catalogue: CatalogueSlice) {
  return shorthandWords(
    catalogue.indicators.flatMap((i) => {
      const s = i.shorthand;
      const terms = s === undefined ? [] : isFlat(s) ? s : flattenTerms(s);
      return terms.map((t) => ({ indicatorId: i.id, text: t.text, lang: t.lang }));
    }),
  );
}

/** The rows of `buildTermIndex(catalogue.indicators)`, ready to store. */
export function encodePhraseRows(catalogue: Pick<Catalogue, "indicators">): IndicatorRow[] {
  const { phrases } = buildTermIndex(catalogue.indicators);
  const byIndicator = new Map<string, PhraseRow[]>();
  for (const p of phrases) {
    // The loader derives the words from the norm; refuse data where that would lose anything.
    if (p.words.some((w) => w === "" || w.includes(" "))) {
      throw new Error(`Phrase "${p.text}" has words that splitting "${p.norm}" cannot recover`);
    }
    const row: PhraseRow = [
      p.text,
      p.lang,
      ((p.ambiguous ? AMBIGUOUS_FLAG : 0) +
        (p.acronym === true ? ACRONYM_FLAG : 0) +
        (p.code === true ? CODE_FLAG : 0)) as PhraseFlags,
      p.norm === p.text ? NORM_IS_TEXT : p.norm,
      p.stems.map((s) => s || NO_STEM).join(" "),
    ];
    const rows = byIndicator.get(p.indicatorId);
    if (rows) rows.push(row);
    else byIndicator.set(p.indicatorId, [row]);
  }
  return catalogue.indicators.map((ind) => [ind.id, byIndicator.get(ind.id) ?? []]);
}

/** The rows as JSON, one phrase a line so that a catalogue edit shows as a small diff. */
export function phraseRowsToJson(rows: readonly IndicatorRow[]): string {
  const indicators = rows.map(
    ([id, phrases]) =>
      `[${JSON.stringify(id)},[${phrases.map((p) => `\n${JSON.stringify(p)}`).join(",")}]]`,
  );
  return `[\n${indicators.join(",\n")}\n]`;
}

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && LANGUAGE_SET.has(value);
}

// The decoding below runs once per process, before the JIT has warmed up: it reads arrays by
// index rather than by destructuring or for…of, whose iterator protocol is slow when interpreted.

/** The phrase a stored row describes, or undefined if the row is malformed. */
function phraseFromRow(indicatorId: string, row: unknown): Phrase | undefined {
  if (!Array.isArray(row) || row.length !== 5) return undefined;
  const text: unknown = row[0];
  const lang: unknown = row[1];
  const flags: unknown = row[2];
  const norm: unknown = row[3] === NORM_IS_TEXT ? text : row[3];
  if (typeof text !== "string" || !isLanguage(lang)) return undefined;
  if (typeof flags !== "number" || !Number.isInteger(flags) || flags < 0 || flags > 7)
    return undefined;
  if (typeof norm !== "string" || norm === "") return undefined;
  const stored: unknown = row[4];
  const words = norm.split(" ");
  const stems = typeof stored === "string" ? stored.split(" ") : [];
  if (stems.length !== words.length) return undefined;
  for (let s = 0; s < stems.length; s++) if (stems[s] === NO_STEM) stems[s] = "";
  const phrase: Phrase = {
    indicatorId,
    text,
    lang,
    ambiguous: (flags & AMBIGUOUS_FLAG) !== 0,
    norm,
    words,
    stems,
  };
  if ((flags & ACRONYM_FLAG) !== 0) phrase.acronym = true;
  if ((flags & CODE_FLAG) !== 0) phrase.code = true;
  return phrase;
}

/** The phrases of the stored rows, or undefined unless they line up with these indicators. */
function phrasesFromRows(rows: unknown, catalogue: CatalogueSlice): Phrase[] | undefined {
  // Typed, but the authored data may be checked here before anything else has looked at it.
  const indicators: unknown = catalogue.indicators;
  if (!Array.isArray(indicators) || !Array.isArray(rows) || rows.length !== indicators.length) {
    return undefined;
  }
  const phrases: Phrase[] = [];
  for (let i = 0; i < rows.length; i++) {
    const entry: unknown = rows[i];
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const id: unknown = entry[0];
    const phraseRows: unknown = entry[1];
    const indicator: unknown = indicators[i];
    const expectedId =
      typeof indicator === "object" && indicator !== null && "id" in indicator
        ? indicator.id
        : undefined;
    if (id !== expectedId || typeof id !== "string" || !Array.isArray(phraseRows)) {
      return undefined;
    }
    for (let j = 0; j < phraseRows.length; j++) {
      const phrase = phraseFromRow(id, phraseRows[j]);
      if (!phrase) return undefined;
      phrases.push(phrase);
    }
  }
  return phrases;
}

/**
 * The term index stored in `encoded`, or undefined when it was made from another catalogue
 * (other version, other indicators or another order) or is malformed: callers then fall back
 * to `buildTermIndex`, so stale data is never used.
 */
export function termIndexFromEncoded(
  encoded: EncodedPhrases,
  catalogue: CatalogueSlice,
): TermIndex | undefined {
  if (encoded.catalogueVersion !== catalogue.version) return undefined;
  let rows: unknown;
  try {
    rows = JSON.parse(encoded.json);
  } catch {
    return undefined;
  }
  const phrases = phrasesFromRows(rows, catalogue);
  if (!phrases) return undefined;
  const measures = new Map<string, Measure>();
  for (const ind of catalogue.indicators) if (ind.measure) measures.set(ind.id, ind.measure);
  return indexPhrases(
    phrases,
    measures,
    counterpartsOf(catalogue.indicators),
    shorthandOf(catalogue),
    () => stemsFromJson(encoded.stems),
    contextIdsOf(catalogue.indicators),
    statusBreakdownIdsOf(catalogue.indicators),
  );
}
