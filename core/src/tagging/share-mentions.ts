/**
 * A share word before a migrant group names the group's share of the population, not the group:
 * "Percentage of foreigners", «Доля иностранцев», "part des étrangers", «نسبة الأجانب», "the
 * immigrant share", "migrants as a percentage of …". So does a fraction of the population in
 * the group's sentence: "2 millions d'étrangers, soit un quart de sa population", and so does a
 * fraction of the inhabitants said to be the group: «el 70% de sus 950 habitantes son
 * extranjeros». The rule
 * holds in all seven languages and for any wording of the group the catalogue knows (its
 * foreign-citizen and immigrant phrases, inflected or not); it looks only at a few words
 * around the group's mentions, so it costs nothing on pages that name no group.
 */
import { normalizeText } from "../text/normalize";
import type { Mention } from "./mention";

/** The indicator a share of the population is counted under. */
export const MIGRANT_SHARE_ID = "demo-migrant-share";

/** The groups whose share of the population is demo-migrant-share. */
const GROUP_IDS: ReadonlySet<string> = new Set(["stock-foreign-citizens", "stock-immigrants"]);

/** How far before or after a group mention its share words are read, in characters. */
const SHARE_REACH = 56;
/** How far after a group mention a fraction of the population is looked for. */
const FRACTION_REACH = 90;

/**
 * Share words right before the group (normalised text, function words allowed between):
 * en, fr, es, ru (with its case forms), ro, sr (Latin and Cyrillic), ar.
 */
const SHARE_WORDS =
  "share|percentage|proportion|per ?cent|percent|(?<!de la )part|pourcentage|taux|porcentaje|proporcion|" +
  "peso|cuota|дол[яиюейе]|удельн\\S* вес\\S*|процент\\S*|ponderea|proportia|procentul|procentajul|" +
  "cota|udeo|udela|udio|udjela|procenat|procenta|proporcija|удео|удела|удио|проценат|процента|" +
  "نسبه|النسبه|بنسبه";
/** Function words that may stand between a share word and its group. */
const LINK_WORDS =
  "of|the|all|de|d|des|du|la|le|les|l|del|los|las|el|в|среди|din|al|ale|a|in|u|od|من|بين";
/**
 * English puts the people counted between the share word and the group, in a relative clause:
 * "the percentage of U.S. residents who were foreign born", "the share of the population that
 * is foreign-born".
 */
const PEOPLE_WHO =
  "(?: \\S+){0,2}? (?:residents|population|people|persons|inhabitants|workers|adults|children)" +
  " (?:who|that) (?:are|were|is|was)(?: now)?";
const SHARE_BEFORE_RE = new RegExp(
  `(?:^| )(?:${SHARE_WORDS})(?: (?:${LINK_WORDS}))*(?:${PEOPLE_WHO})? ?$`,
  "u",
);

/** Share words right after the group: "immigrant share", "migrants as a share of". */
const SHARE_AFTER_RE = new RegExp(
  "^ ?(?:(?:share|percentage|proportion)(?: |$)|as a (?:share|percentage|proportion) of|" +
    "en pourcentage d|en proportion d|como porcentaje d|en porcentaje d|в процентах|" +
    "ca procent|kao procenat|као проценат|كنسبه)",
  "u",
);

/**
 * A fraction or percentage of the population after the group, in its sentence: "25 % de la
 * population", "a quarter of the population", «четверть населения», «ربع السكان».
 */
const FRACTION_OF_POPULATION_RE = new RegExp(
  "(?:^| )(?:\\d+(?: \\d+)? ?(?:percent|per cent|pour cent|por ciento|процент\\S*|la suta|odsto|posto|بالمئه|في المائه)|" +
    "(?:a|one) (?:quarter|third|fifth|half)|un (?:quart|tiers|cinquieme)|la moitie|" +
    "un (?:cuarto|tercio|quinto)|la mitad|четверт\\S*|трет\\S*|пят\\S*|половин\\S*|" +
    "un sfert|o treime|jumatate|cetvrtin\\S*|trecin\\S*|polovin\\S*|четвртин\\S*|трећин\\S*|" +
    "ربع|ثلث|نصف|خمس)" +
    "(?: \\S+){0,3}? (?:population|poblacion|populatiei|populatia|населения|население|" +
    "stanovnistva|stanovnistvo|становништва|السكان|سكان)(?: |$)",
  "u",
);

/**
 * The next sentence may give the fraction of the group just counted, opening with a pronoun
 * for it: "… foreign-born population is still at a historic high of nearly 45 million. That's
 * 13.7% of the US population", «Cela représente 12 % de la population», «Esto representa el
 * 10% de la población», «Это 8% населения».
 */
const ANAPHORA_RE =
  /^\s*(?:(?:that|this|it|which)(?:['’]s| is| was| represents| represented| makes up| made up| equals| amounts to)|(?:cela|ceci|ce qui) (?:représente|fait)|c['’]est|(?:esto|eso|lo que) (?:representa|supone|equivale a|es)|это(?: составляет| составило| около)?|(?:وهو ما|ما) يمثل|أي)(?!\p{L})/iu;
/** At most this many words ("about", "nearly", «около») between the pronoun and the fraction. */
const ANAPHORA_GAP_WORDS = 2;

/** How far before a group mention a fraction of the inhabitants is looked for. */
const INHABITANTS_REACH = 72;

/**
 * A fraction or percentage of the inhabitants before the group, then a copula: "70% of its 950
 * inhabitants are foreigners", «el 30% de la población es extranjera», «un quart des habitants
 * sont étrangers», «30% населения составляют мигранты».
 */
const FRACTION_OF_INHABITANTS_RE = new RegExp(
  "(?:^| )(?:\\d+(?: \\d+)? ?(?:percent|per cent|pour cent|por ciento|процент\\S*|la suta|odsto|posto|بالمئه|في المائه)|" +
    "(?:a|one) (?:quarter|third|fifth|half)|un (?:quart|tiers|cinquieme)|la moitie|" +
    "un (?:cuarto|tercio|quinto)|la mitad)" +
    "(?: \\S+){0,3}? (?:population|inhabitants|residents|poblacion|habitantes|residentes|habitants|" +
    "populatiei|locuitorilor|locuitori|населения|жителей|stanovnistva|stanovnika|становништва|становника|السكان)" +
    " (?:are|were|is|was|son|eran|es|era|sont|etaient|est|sunt|erau|su|je|составляют|составляли|являются|هم)(?: \\S+)? ?$",
  "u",
);

/** Sentence and line ends: share words never reach across them. */
const BOUNDARY_BEFORE_RE = /[\n\r.;:!?()[\]|][^\n\r.;:!?()[\]|]*$/u;
const BOUNDARY_AFTER_RE = /[\n\r.;!?()[\]|]/u;
/** A dot after a lone capital ("U.S.", "U.K."): an abbreviation's, not a sentence's end. */
const ABBREVIATION_DOT_RE = /(?<=(?:^|[\s.])\p{Lu})\./gu;

/** The group a mention names, among its candidates, or undefined. */
function isGroupMention(m: Mention): boolean {
  if (GROUP_IDS.has(m.id)) return true;
  return m.alternatives?.some((id) => GROUP_IDS.has(id)) ?? false;
}

/** The text before `m` back to a boundary, at most `reach` characters. */
function textBefore(text: string, m: Mention, reach: number): string {
  const before = text.slice(Math.max(0, m.start - reach), m.start);
  // A full stop inside an abbreviation ("U.S. residents") ends no sentence.
  const cut = BOUNDARY_BEFORE_RE.exec(before.replace(ABBREVIATION_DOT_RE, " "));
  return cut ? before.slice(cut.index + 1) : before;
}

/** The text after `m` up to a boundary, at most `reach` characters. */
function textAfter(text: string, m: Mention, reach: number): string {
  const after = text.slice(m.end, m.end + reach);
  const stop = BOUNDARY_AFTER_RE.exec(after);
  return stop ? after.slice(0, stop.index) : after;
}

/** The share mention spanning `start`–`end` of `text`. */
function shareMention(text: string, start: number, end: number): Mention {
  return { id: MIGRANT_SHARE_ID, text: text.slice(start, end), start, end, score: 1 };
}

/**
 * Runs of letters and digits, the words normalizeText keeps, one for one; and percent signs,
 * which `normalized` reads as the word "percent".
 */
const RAW_WORD_RE = /[\p{L}\p{M}\p{N}]+|[%٪]/gu;
const PERCENT_SIGN_RE = /[%٪]/gu;

/** normalizeText, a percent sign read as the word (normalizeText drops it). */
function normalized(raw: string): string {
  return normalizeText(raw.replace(PERCENT_SIGN_RE, " percent "));
}

/** Start and end offsets in `raw` of each of its words. */
function wordBounds(raw: string): [number, number][] {
  return [...raw.matchAll(RAW_WORD_RE)].map((w) => [w.index, w.index + w[0].length]);
}

/** How many words of a normalised text come before offset `at` of it. */
function wordsBefore(norm: string, at: number): number {
  const head = norm.slice(0, at).trim();
  return head === "" ? 0 : head.split(" ").length;
}

/** The share mention of a fraction of the inhabitants before the group (see above). */
function inhabitantsBefore(text: string, m: Mention): Mention | undefined {
  const before = textBefore(text, m, INHABITANTS_REACH);
  const norm = ` ${normalized(before)}`;
  const fraction = FRACTION_OF_INHABITANTS_RE.exec(norm);
  if (fraction === null) return undefined;
  const bounds = wordBounds(before);
  const first = bounds[wordsBefore(norm, fraction.index + (fraction[0].startsWith(" ") ? 1 : 0))];
  if (first === undefined) return undefined;
  return shareMention(text, m.start - before.length + first[0], m.end);
}

/**
 * The share mention a group mention makes with the words around it: the share words and the
 * group as one mention (it replaces the group's), or a fraction of the population after the
 * group (a mention of its own; the group keeps its own). Undefined when neither is there.
 */
export function shareOfGroup(
  text: string,
  m: Mention,
): { replaces: boolean; mention: Mention } | undefined {
  if (!isGroupMention(m)) return undefined;
  const before = textBefore(text, m, SHARE_REACH);
  const normBefore = normalized(before);
  const share = SHARE_BEFORE_RE.exec(normBefore);
  if (share !== null) {
    const bounds = wordBounds(before);
    const first = bounds[bounds.length - share[0].trim().split(" ").length];
    const start = m.start - before.length + (first?.[0] ?? before.length);
    return { replaces: true, mention: shareMention(text, start, m.end) };
  }
  const inhabitants = inhabitantsBefore(text, m);
  if (inhabitants !== undefined) return { replaces: false, mention: inhabitants };
  const after = textAfter(text, m, FRACTION_REACH);
  const normAfter = ` ${normalized(after)}`;
  if (SHARE_AFTER_RE.test(normAfter.slice(0, SHARE_REACH))) {
    const word = /^[\s\u00A0]*\S+/u.exec(after)?.[0] ?? "";
    return { replaces: true, mention: shareMention(text, m.start, m.end + word.length) };
  }
  return fractionAfter(text, m.end, after) ?? nextSentenceFraction(text, m);
}

/** The group's sentence ends at a mark before a space (not a decimal point), within a line. */
const SENTENCE_END_RE = /[.!?](?=["'”’»)\]]*\s)|[\n\r]/u;

/** The fraction of the population in the next sentence, when it opens with a pronoun. */
function nextSentenceFraction(
  text: string,
  m: Mention,
): { replaces: boolean; mention: Mention } | undefined {
  const tail = text.slice(m.end, m.end + 2 * FRACTION_REACH);
  const end = SENTENCE_END_RE.exec(tail);
  if (end === null || end[0] === "\n" || end[0] === "\r") return undefined;
  const at = m.end + end.index + 1;
  const next = text.slice(at, at + FRACTION_REACH);
  const pronoun = ANAPHORA_RE.exec(next);
  if (pronoun === null) return undefined;
  const from = at + pronoun[0].length;
  const rest = text.slice(from, at + FRACTION_REACH);
  const stop = SENTENCE_END_RE.exec(rest)?.index ?? rest.length;
  return fractionAfter(text, from, rest.slice(0, stop), ANAPHORA_GAP_WORDS);
}

/** A fraction of the population in `after` (the text from `at`), as a mention of its own. */
function fractionAfter(
  text: string,
  at: number,
  after: string,
  maxWordsBefore = Infinity,
): { replaces: boolean; mention: Mention } | undefined {
  const normAfter = ` ${normalized(after)}`;
  const fraction = FRACTION_OF_POPULATION_RE.exec(normAfter);
  if (fraction === null || wordsBefore(normAfter, fraction.index) > maxWordsBefore)
    return undefined;
  // The fraction's own words: from its first word to "population".
  const bounds = wordBounds(after);
  const from =
    bounds[wordsBefore(normAfter, fraction.index + (fraction[0].startsWith(" ") ? 1 : 0))];
  const to = bounds[wordsBefore(normAfter, fraction.index + fraction[0].trimEnd().length) - 1];
  if (from === undefined || to === undefined) return undefined;
  return { replaces: false, mention: shareMention(text, at + from[0], at + to[1]) };
}
