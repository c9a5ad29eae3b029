/**
 * Context indicators (the key statistics of section K: total population, labour force …) are
 * named by common words. A bare "population" inside a longer noun phrase is some other
 * statistic ("population density", "immigrant population", "densité de population"), so a
 * vague context mention counts only where it stands alone: no content word glued to it on
 * either side (only spaces between, in the same sentence), and where no percentage stands
 * right before it: "the bottom 40 per cent of the population", «доњих 40% становништва» count
 * something else in shares of the population. A specific phrase ("total population") and any
 * migration mention are kept as they are.
 */
import type { Catalogue } from "../catalogue/schema";
import { normalizeText } from "../text/normalize";
import { STOPWORDS } from "../text/stopwords";
import type { Mention } from "./mention";

/** The section whose indicators give context rather than measure migration. */
export const CONTEXT_SECTION = "K";
/** How far to look for the neighbouring word, in characters. */
const NEIGHBOUR_WINDOW = 40;
/** Only letters of a word glued by spaces (or a hyphen) to the mention make a compound. */
const WORD_BEFORE_RE = /(\p{L}[\p{L}\p{M}'’-]*)[ \t\u00A0]+$/u;
const WORD_AFTER_RE = /^[ \t\u00A0-]+(\p{L}[\p{L}\p{M}'’]*)/u;

/** IDs of the catalogue's context indicators. */
export function contextIndicatorIds(catalogue: Pick<Catalogue, "indicators">): Set<string> {
  return new Set(
    catalogue.indicators.filter((i) => i.section === CONTEXT_SECTION).map((i) => i.id),
  );
}

function isContentWord(word: string | undefined): boolean {
  if (word === undefined) return false;
  const norm = normalizeText(word);
  return norm !== "" && !STOPWORDS.has(norm) && !norm.split(" ").every((w) => STOPWORDS.has(w));
}

/** True when a content word sits right before or after `m` in `text`. */
function isGlued(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - NEIGHBOUR_WINDOW), m.start);
  const after = text.slice(m.end, m.end + NEIGHBOUR_WINDOW);
  return (
    isContentWord(WORD_BEFORE_RE.exec(before)?.[1]) || isContentWord(WORD_AFTER_RE.exec(after)?.[1])
  );
}

/** A percentage, then "of (the)" at most, right before the mention. */
const PERCENT_BEFORE_RE =
  /(?:%|٪|\bper ?cent|\bpercent|\bpour ?cent|\bpor ?ciento|\bprocent|\bodsto|\bposto|посто|процент\S*|проценат|одсто|بالمئة|في المائة)[ \t\u00A0]+(?:(?:of|of the|de|de la|de los|de las|del|des|du|din|из|од|od)[ \t\u00A0]+)?$/iu;

/** True for a vague context mention that is part of a longer phrase of `text`, or a share's base. */
export function isGluedContextMention(
  text: string,
  m: Mention,
  contextIds: ReadonlySet<string>,
): boolean {
  if (m.score >= 1 || !contextIds.has(m.id)) return false;
  return (
    isGlued(text, m) ||
    PERCENT_BEFORE_RE.test(text.slice(Math.max(0, m.start - NEIGHBOUR_WINDOW), m.start))
  );
}

/** Languages whose plural ends in -s, so an inflected word ending so is a plural. */
const S_PLURAL_LANGS: ReadonlySet<string> = new Set(["en", "es", "fr"]);
const S_PLURAL_RE = /\p{L}s$/u;

/**
 * True for a one-word context mention in the plural: "las poblaciones de España, Portugal y
 * Austria juntas", "host populations", "vulnerable populations". A key statistic is one
 * country's total; several populations are a comparison's yardstick or groups of people, and
 * a figure beside them is someone else's ("… juntas, más de 65 millones de personas" counts the
 * displaced).
 */
export function isPluralContextMention(
  m: Mention,
  contextIds: ReadonlySet<string>,
  lang: string | undefined,
): boolean {
  return (
    m.inflected === true &&
    contextIds.has(m.id) &&
    lang !== undefined &&
    S_PLURAL_LANGS.has(lang) &&
    !/\s/u.test(m.text) &&
    S_PLURAL_RE.test(m.text)
  );
}

/**
 * `mentions` of `text` without the vague context mentions that are part of a longer phrase.
 * Offsets are into `text`.
 */
export function dropGluedContextMentions(
  mentions: readonly Mention[],
  text: string,
  contextIds: ReadonlySet<string>,
): Mention[] {
  return mentions.filter((m) => !isGluedContextMention(text, m, contextIds));
}

/** Conjunctions join two phrases: "refugees and the total population" names both. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(
  "and or et ou y e o u и или а si sau ili و او".split(" "),
);
/** A gap of more than this many characters is no longer one phrase. */
const PHRASE_GAP = 24;
const GAP_BREAK_RE = /[\n\r.,;:!?()[\]|\u2013\u2014]/u;

/** True when only function words (no conjunction, no punctuation) stand between two mentions. */
function isPhraseGap(gap: string): boolean {
  if (gap.length > PHRASE_GAP || GAP_BREAK_RE.test(gap)) return false;
  const norm = normalizeText(gap);
  if (norm === "") return true;
  return norm.split(" ").every((w) => STOPWORDS.has(w) && !CONJUNCTIONS.has(w));
}

/**
 * True for a context mention (vague or not) that forms one phrase with a migration mention next
 * to it: "la población total extranjera", "foreigners in the total population", «численность
 * населения мигрантов». The longer migration phrase is what the words name; the context word
 * never wins inside it. `mentions` are the page's raw mentions in text order, `at` the one asked.
 */
export function isContextBesideMigration(
  text: string,
  mentions: readonly Mention[],
  at: number,
  contextIds: ReadonlySet<string>,
): boolean {
  const m = mentions[at];
  if (m === undefined || !contextIds.has(m.id)) return false;
  const before = mentions[at - 1];
  if (
    before !== undefined &&
    !contextIds.has(before.id) &&
    isPhraseGap(text.slice(before.end, m.start))
  )
    return true;
  const after = mentions[at + 1];
  return (
    after !== undefined && !contextIds.has(after.id) && isPhraseGap(text.slice(m.end, after.start))
  );
}
