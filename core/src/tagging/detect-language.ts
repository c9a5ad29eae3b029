/**
 * The language of a page, for choosing which catalogue terms to expect: the declared `lang`
 * attribute when it names a catalogue language, otherwise a guess from script and stopwords.
 */
import { LANGUAGES, type Language } from "../catalogue/vocabulary";
import { normalizeText } from "../text/normalize";
import type { TextSpan } from "./page-mentions";
import { runSteps } from "./steps";

export type DetectedLang = Language | "other";

export interface LanguageGuess {
  lang: DetectedLang;
  source: "attribute" | "guess";
  /** 0–1. */
  confidence: number;
  /** Script subtag of the declared tag ("Latn", "Cyrl") when it had one. */
  script?: string;
}

/** Only the start of a long page is read: enough words to tell, cheap on a 2 MB page. */
const SAMPLE_CHARS = 20_000;
/** A script holding this share of letters decides the language on its own. */
const SCRIPT_MAJORITY = 0.5;
/** Below this many stopword hits, a Latin-script guess is too weak to name a language. */
const MIN_STOPWORD_HITS = 3;
const DECLARED_CONFIDENCE = 1;
const SCRIPT_CONFIDENCE = 0.9;

// Frequent function words that tell the Latin-script languages apart (normalised, no accents).
const LATIN_STOPWORDS: Record<"en" | "fr" | "es" | "ro" | "sr", readonly string[]> = {
  en: ["the", "of", "and", "to", "in", "is", "for", "by", "with", "from", "that", "are"],
  fr: [
    "le",
    "la",
    "les",
    "des",
    "du",
    "et",
    "est",
    "une",
    "pour",
    "dans",
    "par",
    "au",
    "aux",
    "sur",
  ],
  es: ["el", "los", "las", "del", "y", "por", "para", "una", "con", "que", "es", "en", "se"],
  // "in" is Romanian «în» once normalised: listed for both, it tells neither from the other.
  ro: [
    "si",
    "din",
    "cu",
    "pentru",
    "este",
    "care",
    "sau",
    "pe",
    "al",
    "ale",
    "mai",
    "fost",
    "ai",
    "in",
  ],
  sr: ["je", "i", "u", "na", "za", "od", "sa", "da", "su", "iz", "po", "prema", "koji", "ili"],
};
// Cyrillic Serbian letters that Russian lacks, and Russian letters that Serbian lacks.
const SERBIAN_CYRILLIC_RE = /[ђјљњћџЂЈЉЊЋЏ]/g;
const RUSSIAN_ONLY_RE = /[ыэъщёЫЭЪЩЁ]/g;

const LETTER_RE = /\p{L}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const ARABIC_RE = /\p{Script=Arabic}/u;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

const LETTER = 1;
const ARABIC = 2;
const CYRILLIC = 4;
/** Set once a code unit's other bits are known. */
const KNOWN = 8;
/** Classes of BMP code points, filled as met: a table read beats a Unicode regex per letter. */
const classes = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return (
    KNOWN |
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (ARABIC_RE.test(ch) ? ARABIC : 0) |
    (CYRILLIC_RE.test(ch) ? CYRILLIC : 0)
  );
}

/**
 * Letters, and code points of the Arabic and Cyrillic scripts (letters or not), as counting the
 * matches of each regex would give them, in one pass that builds no array of matches.
 */
export function scriptCounts(text: string): { letters: number; arabic: number; cyrillic: number } {
  let letters = 0;
  let arabic = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    let cls: number;
    if (code > 0xffff) {
      cls = classOf(String.fromCodePoint(code));
      i++; // the low surrogate
    } else {
      cls = classes[code] ?? 0;
      if (cls === 0) {
        cls = classOf(String.fromCharCode(code));
        classes[code] = cls;
      }
    }
    if ((cls & LETTER) !== 0) letters++;
    if ((cls & ARABIC) !== 0) arabic++;
    if ((cls & CYRILLIC) !== 0) cyrillic++;
  }
  return { letters, arabic, cyrillic };
}

/** The catalogue language of a BCP 47 tag ("fr-CH" → fr, "sr-Latn" → sr), or undefined. */
export function languageOfTag(tag: string): { lang: Language; script?: string } | undefined {
  const [primary = "", ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  const lang = LANGUAGES.find((l) => l === primary);
  if (!lang) return undefined;
  const script = subtags.find((s) => s.length === 4);
  return script
    ? { lang, script: `${script.charAt(0).toUpperCase()}${script.slice(1)}` }
    : { lang };
}

/** Each stopword's languages, in the order of LATIN_STOPWORDS (ties in the ranking keep it). */
let stopwordLanguages: Map<string, string[]> | undefined;

function languagesOfStopwords(): Map<string, string[]> {
  if (stopwordLanguages !== undefined) return stopwordLanguages;
  const map = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(LATIN_STOPWORDS)) {
    for (const word of new Set(list)) {
      const langs = map.get(word);
      if (langs === undefined) map.set(word, [lang]);
      else langs.push(lang);
    }
  }
  stopwordLanguages = map;
  return map;
}

/**
 * The sample in pieces of about this many characters, cut only at a line break that no rule of
 * normalizeText reads across (so the words are those of the whole): a piece per step.
 */
const PIECE_CHARS = 2_048;
const SOFT_BREAK_HYPHENS = new Set(["-", "\u00AD", "\u2010", "\u2011"]);
const SPACE_RE = /\s/;

/**
 * True when `text` may be cut at the line break at `at`: the last visible character before it
 * is no hyphen (a word split across lines is joined across the break: "recog-\nnition").
 */
function isSafeCut(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SPACE_RE.test(text.charAt(i))) i--;
  return i < 0 || !SOFT_BREAK_HYPHENS.has(text.charAt(i));
}

/** The pieces of `text`, in order; the line breaks cut at are left out (they separate words). */
export function samplePieces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf("\n", from + PIECE_CHARS); at >= 0;) {
    if (isSafeCut(text, at)) {
      out.push(text.slice(from, at));
      from = at + 1;
      at = text.indexOf("\n", from + PIECE_CHARS);
    } else at = text.indexOf("\n", at + 1);
  }
  out.push(text.slice(from));
  return out;
}

/** Stopword hits per language: all, and those of words no other language lists (`own`). */
type LatinHits = { hits: number; own: ReadonlyMap<string, number> };

function* guessLatin(parts: readonly string[]): Generator<undefined, LanguageGuess & LatinHits> {
  const hits = new Map<string, number>();
  const own = new Map<string, number>();
  const languagesOf = languagesOfStopwords();
  for (const part of parts) {
    for (const word of normalizeText(part).split(" ")) {
      const langs = languagesOf.get(word);
      if (langs === undefined) continue;
      for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      const only = langs.length === 1 ? langs[0] : undefined;
      if (only !== undefined) own.set(only, (own.get(only) ?? 0) + 1);
    }
    yield;
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_STOPWORD_HITS)
    return { lang: "other", source: "guess", confidence: 0, hits: best?.[1] ?? 0, own };
  const confidence = best[1] / (best[1] + (second?.[1] ?? 0));
  return {
    lang: best[0] as Language,
    source: "guess",
    confidence: Math.round(confidence * 100) / 100,
    hits: best[1],
    own,
  };
}

/**
 * A guess from the text overrules the declared tag only when it is this sure: templates often
 * declare "en" over text in another language (a Romanian news list under lang="en").
 */
const OVERRULE_CONFIDENCE = 0.8;
/** …and, for a Latin-script guess, rests on at least this many stopwords. */
const OVERRULE_STOPWORD_HITS = 20;
/**
 * Or, less sure overall, the guess's own stopwords (listed for it alone) are at least this many
 * times the declared language's: Romanian «în» reads as English "in", Romanian «la», «au» as
 * French, so a Romanian page under lang="en" ranked only 0.75 sure.
 */
const OWN_WORDS_RATIO = 4;

export function detectLanguage(
  text: string,
  declared?: string,
  skip?: readonly TextSpan[],
): LanguageGuess {
  return runSteps(detectLanguageInSteps(text, declared, skip));
}

/** Main text shorter than this tells too little: the whole text is read instead. */
const MIN_MAIN_CHARS = 400;

/**
 * The text outside `skip` (boilerplate: menus, related-article lists, footers), up to the
 * sample's length. A template's menus and titles are often in another language than the
 * article (an English site frame around a Spanish story), and they come first.
 */
export function mainTextSample(text: string, skip: readonly TextSpan[]): string {
  const pieces: string[] = [];
  let length = 0;
  let from = 0;
  for (const span of [...skip, { start: text.length, end: text.length }]) {
    if (span.start > from) {
      const piece = text.slice(from, Math.min(span.start, from + SAMPLE_CHARS - length));
      pieces.push(piece);
      length += piece.length;
      if (length >= SAMPLE_CHARS) break;
    }
    from = Math.max(from, span.end);
  }
  return length < MIN_MAIN_CHARS ? text : pieces.join("\n");
}

/**
 * detectLanguage as steps (call `next()` until done; the guess is the done value): on a page's
 * 20,000-character sample it was one piece of several ms of CPU, 20–35 ms at 4× throttling.
 */
export function* detectLanguageInSteps(
  text: string,
  declared?: string,
  /** Boilerplate spans of `text`, in order: the guess reads the main text (mainTextSample). */
  skip?: readonly TextSpan[],
): Generator<undefined, LanguageGuess> {
  const fromTag = declared === undefined ? undefined : languageOfTag(declared);
  const sample = skip === undefined || skip.length === 0 ? text : mainTextSample(text, skip);
  const { hits, own, ...guess } = yield* guessFromText(sample);
  if (!fromTag) return guess;
  const differs = guess.lang !== "other" && guess.lang !== fromTag.lang;
  const sure =
    differs &&
    guess.confidence >= OVERRULE_CONFIDENCE &&
    (hits === undefined || hits >= OVERRULE_STOPWORD_HITS);
  if (sure) return guess;
  // The text's own words outnumber the declared language's many times over: the tag (or the
  // title and menus in its language) is a template's, the text is in another language.
  const guessOwn = own?.get(guess.lang) ?? 0;
  if (
    differs &&
    guessOwn >= OVERRULE_STOPWORD_HITS &&
    (own?.get(fromTag.lang) ?? 0) * OWN_WORDS_RATIO <= guessOwn
  )
    return guess;
  return { ...fromTag, source: "attribute", confidence: DECLARED_CONFIDENCE };
}

function* guessFromText(
  text: string,
): Generator<undefined, LanguageGuess & { hits?: number; own?: ReadonlyMap<string, number> }> {
  const sample = text.slice(0, SAMPLE_CHARS);
  const parts = samplePieces(sample);
  let letters = 0;
  let arabic = 0;
  let cyrillic = 0;
  for (const part of parts) {
    const counts = scriptCounts(part);
    letters += counts.letters;
    arabic += counts.arabic;
    cyrillic += counts.cyrillic;
    yield;
  }
  if (letters === 0) return { lang: "other", source: "guess", confidence: 0 };
  if (arabic / letters >= SCRIPT_MAJORITY)
    return { lang: "ar", source: "guess", confidence: SCRIPT_CONFIDENCE };
  if (cyrillic / letters >= SCRIPT_MAJORITY) {
    // Serbian Cyrillic is told from Russian by the letters only one of them uses.
    const serbian = count(sample, SERBIAN_CYRILLIC_RE) > count(sample, RUSSIAN_ONLY_RE);
    return serbian
      ? { lang: "sr", source: "guess", confidence: SCRIPT_CONFIDENCE, script: "Cyrl" }
      : { lang: "ru", source: "guess", confidence: SCRIPT_CONFIDENCE };
  }
  return yield* guessLatin(parts);
}
