/**
 * Which of a page's raw mentions say that the page reports an indicator. The matcher finds
 * every catalogue phrase; a page reports an indicator only where its main content gives a
 * figure for it. So, in order:
 * - mentions in boilerplate (navigation, menus, related-article lists, references, link text
 *   that is a URL: `boilerplateSpans`) are dropped, and so are those in serialised data printed
 *   as text (a JSON or Ruby-hash code list: data-dump.ts);
 * - a vague context word glued into a longer phrase ("population density") or in the plural
 *   ("populations": groups, or a comparison's yardstick), and any context
 *   mention that forms one phrase with a migration mention ("foreigners in the total
 *   population"), are dropped (context-mentions.ts), and so is a word meaning "abroad" in a set
 *   phrase (abroad-idioms.ts), a border crossing point (a place: word-sense.ts), words inside an
 *   organisation's name ("Immigration, Refugees and Citizenship Canada (IRCC)":
 *   organisation-names.ts), the stateless half of "foreign citizens and stateless persons" (the
 *   law's formula for all non-citizens: non-citizen-formula.ts) and words that run on over a
 *   sentence's end; a remittance word
 *   followed by an outward direction ("sent abroad", «enviadas desde») names the money paid
 *   out (remittance-direction.ts), a transfer word before a migrant group names the
 *   group's remittances («تحويلات المصريين العاملين بالخارج»: remittance-owner.ts), and one
 *   weighed against GDP their share of it ("31% of its GDP from remittances":
 *   remittance-share.ts);
 * - a share word before a migrant group ("Percentage of foreigners", «Доля иностранцев») makes
 *   one mention of the group's share, and a fraction of the population after the group ("soit
 *   un quart de sa population") adds one (share-mentions.ts);
 * - a specific phrase (several words naming one indicator: "demandes d'asile déposées") reports
 *   its indicator, unless the indicator is a policy (a law, a strategy: named in passing by
 *   any text on migration, so it too needs a figure or a date) or a context statistic ("total
 *   population" is named by any text on a country); a vague one (a single word, or words several indicators share: "Immigration",
 *   "réfugiés", "population") only where a figure or a date stands near one of the indicator's
 *   mentions: a number or year in the same sentence (not an ordinal, nor a number inside an SDG
 *   target statement, "By 2030, reduce to less than 3 per cent …": target-statements.ts). Line breaks do not end a sentence (the
 *   content script joins text nodes with them, `gapmap tag` blocks), so a heading or a table
 *   header reaches the figures after it. The indicator's other mentions in the main content
 *   stay too.
 * The same pipeline runs in `gapmap tag` and in the extension's content script.
 */
import type { Measure } from "../catalogue/vocabulary";
import type { Mention } from "./mention";
import { runSteps } from "./steps";
import { LazyPositions } from "./lazy-positions";
import { afterBlockLine, BLOCK_LINE_CHARS } from "./block-line";
import {
  isCountOfPlaces,
  isDottedCode,
  isNumberingLabel,
  isVersionNumber,
  isWholeDate,
} from "./not-figures";
import { hasStockOrFlowRival, withStockOrFlowRunnerUp } from "./page-runner-up";
import { isMoneyFigure } from "./money-figures";
import { isInTargetStatement, isNamedNumber, isOrdinal } from "./target-statements";
import type { CodeOwner } from "./written-codes";
import {
  isSpecific,
  MENTIONS_PER_STEP,
  mentionVerdictsInSteps,
  type MentionVerdict,
} from "./mention-verdicts";

/** A stretch of page text, UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface PageMentionOptions {
  /** Text spans of boilerplate, in order and not overlapping. */
  boilerplateSpans?: readonly TextSpan[];
  /** The catalogue's context indicators (contextIndicatorIds). */
  contextIds: ReadonlySet<string>;
  /**
   * An indicator's measure: given, words naming a stock and a flow ("immigrants") are settled by
   * their sentence's cues and carry the runner-up (page-runner-up.ts).
   */
  measureOf?: (id: string) => Measure | undefined;
  /** The page's language (detectLanguage): some word-sense rules hold for one language only. */
  lang?: string;
  /**
   * The catalogue's dataset codes (codeOwnersOf): given, a code that reads like another one
   * ("SM.POP.REFG.OR", "SM.POP.REFG") names the indicator of the code written (written-codes.ts).
   */
  codeOwners?: readonly CodeOwner[];
}

/** The sentence around a mention is searched this far at most, each way. */
const SENTENCE_REACH = 200;

/**
 * A figure or a date: a number ("1 159 reuniones", "3.6 million", "in 2023", "١٢٪") or a number
 * word ("11 percent", "тыс."). A clock time or a day/month ("10:32", "17h00", "01/11") is a
 * news list's timestamp, not a figure.
 */
const QUANTITY_RE =
  /(?<![\p{L}\d:/])(?!\d{1,2}(?:[:h]\d\d|\/\d{1,2})(?!\d))[\d\u0660-\u0669]+(?:[.,\u00A0 \u202F'][\d\u0660-\u0669]+)*|%|٪|\b(?:millions?|billions?|thousands?|percent|per cent|milliers?|milliards?|pour cent|millones|mil|miles|por ciento|milioane|mii|procent|miliona|hiljada|odsto)\b|(?:тысяч|тыс\.|миллион|млн|млрд|процент|милион|хиљад|одсто|ألف|آلاف|مليون|ملايين|بالمئة|في المائة)/iu;
/**
 * A sentence ends at its mark, closing quotes and brackets after it ("… passport.)"). A full
 * stop before a lower-case word ends an abbreviation, not a sentence: "прибыло более 500 тыс.
 * трудовых мигрантов", "approx. 300 asylum seekers".
 */
const SENTENCE_END_RE = /[!?;](?=["'”’»)\]]*(?:\s|$))|\.(?=["'”’»)\]]*(?:$|\s(?!\s*\p{Ll})))/u;

function overlapsAny(spans: readonly TextSpan[], m: TextSpan): boolean {
  // Binary search for the first span ending after the mention's start.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= m.start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span.start < m.end;
}

/*
 * Work is done in steps so a browser can yield between them (the extension drives the steps in
 * idle slices; a 2 MB page's figure scan alone was one ~100 ms task at 4× CPU throttling). Each
 * step covers about 4 KB of text (lazy-positions.ts), or MENTIONS_PER_STEP mentions
 * (mention-verdicts.ts): 1,000 mentions per step made tasks of 50–200 ms at 4×.
 */

/** Where sentences end and figures stand in a text, shared by all its mentions. */
interface FigureIndex {
  text: string;
  sentenceEnds: LazyPositions;
  figures: LazyPositions;
}

/** Figures in boilerplate (a footer's licence line, a menu's dates) are no figures either. */
function figureIndex(text: string, boilerplate: readonly TextSpan[] = []): FigureIndex {
  return {
    text,
    sentenceEnds: new LazyPositions(SENTENCE_END_RE, text),
    figures: new LazyPositions(
      QUANTITY_RE,
      text,
      (at, figure) =>
        !(
          boilerplate.length > 0 && overlapsAny(boilerplate, { start: at, end: at + figure.length })
        ) &&
        !isVersionNumber(text, at, figure) &&
        !isDottedCode(text, at, figure) &&
        !isWholeDate(text, at, figure) &&
        !isNumberingLabel(text, at, figure) &&
        !isCountOfPlaces(text, at, figure) &&
        !isOrdinal(text, at, figure) &&
        !isNamedNumber(text, at) &&
        !isInTargetStatement(text, at),
    ),
  };
}

/** Index of the first value ≥ `at` in the sorted `values` (values.length when none). */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the sentence of `m` begins and stops (at most SENTENCE_REACH each way). */
function* sentenceAround(index: FigureIndex, m: Mention): Generator<void, [number, number]> {
  yield* index.sentenceEnds.reach(m.end);
  const sentenceEnds = index.sentenceEnds.found;
  const before = firstAtOrAfter(sentenceEnds, m.start) - 1;
  const begin = afterBlockLine(
    index.text,
    Math.max(m.start - SENTENCE_REACH, before >= 0 ? (sentenceEnds[before] ?? 0) + 1 : 0),
    m.start,
  );
  const stop = Math.min(
    m.end + SENTENCE_REACH,
    sentenceEnds[firstAtOrAfter(sentenceEnds, m.end)] ?? Infinity,
  );
  return [begin, stop];
}

/**
 * True when a figure stands in [begin, stop). With `peopleOnly`, a sum of money is none: it
 * reports only an indicator measured in money (money-figures.ts).
 */
function* figureBetween(
  index: FigureIndex,
  begin: number,
  stop: number,
  peopleOnly: boolean,
): Generator<void, boolean> {
  for (let from = begin; ;) {
    yield* index.figures.reach(from);
    const at = index.figures.found[firstAtOrAfter(index.figures.found, from)];
    if (at === undefined || at >= stop) return false;
    if (!peopleOnly || !isMoneyFigure(index.text, at)) return true;
    from = at + 1;
  }
}

/** True when a figure stands in the sentence of `m`. */
function* figureInSentence(
  index: FigureIndex,
  m: Mention,
  people = false,
): Generator<void, boolean> {
  const [begin, stop] = yield* sentenceAround(index, m);
  return yield* figureBetween(index, begin, stop, people);
}

/**
 * True when a figure stands within SENTENCE_REACH characters of `m`, in any sentence: a
 * statistics page's own words about a series ("asylum applications are reported quarterly")
 * sit among its figures, an aside in an essay or a news story far from any.
 */
function* figureWithin(index: FigureIndex, m: Mention, people: boolean): Generator<void, boolean> {
  const from = Math.max(0, m.start - SENTENCE_REACH);
  return yield* figureBetween(index, from, m.end + SENTENCE_REACH, people);
}

/** True when a figure or a date stands in the mention's sentence. */
export function hasFigureNear(text: string, m: Mention): boolean {
  return runSteps(figureInSentence(figureIndex(text), m));
}

/** How far the words glued to a mention are looked for, each way. */
const GLUED_REACH = 32;
const GLUED_BEFORE_RE = /\p{L}[\p{L}\p{M}'’-]*[ \t\u00A0]+$/u;
const GLUED_AFTER_RE = /^[ \t\u00A0]+\p{L}[\p{L}\p{M}'’-]*/u;

/** The mention with the word right before and after it (spaces only between): its phrase. */
function gluedPhrase(text: string, m: Mention): string {
  const before = GLUED_BEFORE_RE.exec(text.slice(Math.max(0, m.start - GLUED_REACH), m.start));
  const after = GLUED_AFTER_RE.exec(text.slice(m.end, m.end + GLUED_REACH));
  return `${before?.[0] ?? ""}${m.text}${after?.[0] ?? ""}`;
}

/**
 * Indicators the main content names more than once. A specific phrase named once and with no
 * figure is an aside ("they are not equipped to receive asylum applications", a feature's
 * "internally displaced-persons camps"): the page is about something else. A page that
 * reports the indicator names it again (a headline and its text, an indicator's title and its
 * metadata), names it in a heading of its own (isInHeadingLine) or among figures (figureWithin).
 */
function namedTwice(content: readonly Mention[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const m of content) {
    if (seen.has(m.id)) twice.add(m.id);
    seen.add(m.id);
  }
  return twice;
}

/** A heading, a title or a label is a short line of its own, with no sentence in it. */
const HEADING_LINE_CHARS = 2 * BLOCK_LINE_CHARS;

/** True when `m` stands in such a line: what a section or a table is about, not an aside. */
function isInHeadingLine(text: string, m: Mention): boolean {
  const from = text.lastIndexOf("\n", m.start - 1) + 1;
  const to = text.indexOf("\n", m.end);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  return line.length <= HEADING_LINE_CHARS && !SENTENCE_END_RE.test(line);
}

/** The mentions of `text` that report an indicator; offsets are into `text`. */
export function selectPageMentions(
  mentions: readonly Mention[],
  text: string,
  options: PageMentionOptions,
): Mention[] {
  return runSteps(selectPageMentionsInSteps(mentions, text, options));
}

/** selectPageMentions as steps: call `next()` until done; the result is the done value. */
export function* selectPageMentionsInSteps(
  mentions: readonly Mention[],
  text: string,
  options: PageMentionOptions,
): Generator<void, Mention[]> {
  const verdicts = yield* mentionVerdictsInSteps(mentions, text, options);
  return yield* selectFromVerdictsInSteps(verdicts, text, options);
}

/**
 * The selection's second half, from each mention's verdict (mentionVerdictsInSteps, on the same
 * text and options but the boilerplate): what boilerplate covers or a share mention before it
 * swallowed is dropped, then each indicator needs its figure.
 */
export function* selectFromVerdictsInSteps(
  verdicts: readonly MentionVerdict[],
  text: string,
  options: PageMentionOptions,
): Generator<void, Mention[]> {
  const spans = options.boilerplateSpans ?? [];
  const content: Mention[] = [];
  /** Where the last share mention ends: mentions inside it are its words. */
  let shareEnd = -1;
  for (const { mention: m, passes, share, keep } of verdicts) {
    if (!passes || m.start < shareEnd || (spans.length > 0 && overlapsAny(spans, m))) continue;
    if (share === undefined) {
      if (keep) content.push(m);
    } else {
      if (!share.replaces) content.push(m);
      content.push(share.mention);
      shareEnd = share.mention.end;
    }
  }
  const reported = new Set<string>();
  const figures = figureIndex(text, spans);
  const named = namedTwice(content);
  for (const [i, m] of content.entries()) {
    if ((i + 1) % MENTIONS_PER_STEP === 0) yield;
    if (reported.has(m.id)) continue;
    const people = options.measureOf !== undefined && options.measureOf(m.id) !== "amount";
    if (
      isSpecific(m) &&
      options.measureOf?.(m.id) !== "policy" &&
      !options.contextIds.has(m.id) &&
      (named.has(m.id) || isInHeadingLine(text, m) || (yield* figureWithin(figures, m, people)))
    ) {
      reported.add(m.id);
      continue;
    }
    if (yield* figureInSentence(figures, m, people)) reported.add(m.id);
  }
  // A context statistic is the context of migration figures: on a page that reports none (a
  // city's population, a labour-market release) it is the page's own topic, not a key statistic
  // of a migration profile.
  const migration = [...reported].some((id) => !options.contextIds.has(id));
  const kept = content.filter(
    (m) => reported.has(m.id) && (migration || !options.contextIds.has(m.id)),
  );
  const measureOf = options.measureOf;
  if (measureOf === undefined) return kept;
  const settled: Mention[] = [];
  for (const [i, m] of kept.entries()) {
    if ((i + 1) % MENTIONS_PER_STEP === 0) yield;
    if (!hasStockOrFlowRival(m, measureOf)) {
      settled.push(m);
      continue;
    }
    const [begin, stop] = yield* sentenceAround(figures, m);
    const sentence = text.slice(begin, Math.min(stop, text.length));
    settled.push(withStockOrFlowRunnerUp(m, sentence, measureOf, gluedPhrase(text, m)));
  }
  return settled;
}
