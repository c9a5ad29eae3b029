/**
 * The text phase's engine, without the DOM: from the texts the walk read (one per visible text
 * node, in order), the boilerplate spans and the declared language, the mentions a page reports
 * and its language. The warm host (host-handler.ts) runs it for the page; the content script
 * runs the very same steps when no host answers (page-tagger.ts), so both report alike.
 *
 * Block breaks are the one thing it needs the DOM for, and only where a phrase is still open at
 * a node boundary: `breakAt` answers those it knows, and the boundaries it could not answer are
 * listed in `asked` (taken as no break) so that the caller can answer them and run again.
 */
import { getCatalogue } from "../platform/catalogue";
import {
  codeOwnersOf,
  contextIndicatorIds,
  detectLanguageInSteps,
  FRESH_SLICE,
  mentionVerdictsInSteps,
  selectFromVerdictsInSteps,
  type CodeOwner,
  type LanguageGuess,
  type Mention,
  type MentionMatcher,
  type MentionVerdict,
  type PageMentionOptions,
  type TextSpan,
} from "@gapmap/core/tagging";
import type { Measure } from "@gapmap/core/catalogue";
import { joinTextsInSteps, NODE_SEPARATOR } from "../highlight/text-walker";

/** Language detection reads this much of the page: enough to tell, cheap on a 2 MB page. */
export const LANGUAGE_SAMPLE_CHARS = 20_000;
/** Text nodes streamed per step: a step is well under a millisecond. */
const NODES_PER_STEP = 64;
const BLOCK_BREAK = { breakBefore: true } as const;
const SAME_BLOCK = { breakBefore: false } as const;

export interface TextPhaseInput {
  /** Each visible text node's text, in document order. */
  texts: readonly string[];
  /** Boilerplate (menus, references …) in the joined text's offsets, in order. */
  boilerplateSpans: readonly TextSpan[];
  /** The page's `lang` attribute, if any. */
  declaredLang: string | undefined;
  /** The texts joined with NODE_SEPARATOR, when the caller joined them as they came. */
  joined?: string;
}

/** Whether node `i` starts a new block; undefined when not known (yet). */
export type BreakAnswer = (i: number) => boolean | undefined;

export interface TextPhaseResult {
  mentions: Mention[];
  lang: LanguageGuess;
  /** The whole text, joined as the matcher's offsets count it. */
  text: string;
}

let contextIds: Set<string> | undefined;
let codeOwners: CodeOwner[] | undefined;
let measures: Map<string, Measure> | undefined;

/** The matcher's mentions over the texts; open-phrase boundaries `breakAt` cannot answer go to `asked`. */
export function* streamMentionsInSteps(
  matcher: MentionMatcher,
  texts: readonly string[],
  breakAt: BreakAnswer,
  asked: number[],
): Generator<undefined, Mention[]> {
  const stream = matcher.createStream({ separator: NODE_SEPARATOR });
  const mentions: Mention[] = [];
  for (let i = 0; i < texts.length; i++) {
    let blockBreak = false;
    // A block boundary matters only to a phrase still open; asking costs DOM lookups.
    if (i > 0 && stream.hasOpenPhrase()) {
      const known = breakAt(i);
      if (known === undefined) asked.push(i);
      else blockBreak = known;
    }
    const found = stream.push(texts[i] ?? "", blockBreak ? BLOCK_BREAK : SAME_BLOCK);
    for (const m of found) mentions.push(m);
    if ((i + 1) % NODES_PER_STEP === 0) yield;
  }
  for (const m of stream.end()) mentions.push(m);
  return mentions;
}

/** How many leading nodes the language sample holds (as the walk counted it). */
export function sampleNodeCount(texts: readonly string[]): number {
  let sampled = 0;
  let nodes = 0;
  while (nodes < texts.length && sampled < LANGUAGE_SAMPLE_CHARS) {
    sampled += (texts[nodes]?.length ?? 0) + NODE_SEPARATOR.length;
    nodes++;
  }
  return nodes;
}

/** A text's mentions judged before its boilerplate is known (judgeMentionsInSteps). */
export interface JudgedMentions {
  lang: LanguageGuess;
  /** The whole text, joined as the matcher's offsets count it. */
  text: string;
  verdicts: MentionVerdict[];
}

/** The selection's options but the boilerplate and the language: the catalogue's. */
function selectionOptions(): Omit<PageMentionOptions, "boilerplateSpans" | "lang"> {
  contextIds ??= contextIndicatorIds(getCatalogue());
  codeOwners ??= codeOwnersOf(getCatalogue());
  const measureOf = (measures ??= new Map(getCatalogue().indicators.map((i) => [i.id, i.measure])));
  return { contextIds, measureOf: (id) => measureOf.get(id), codeOwners };
}

/**
 * Language, join and each mention's verdict on the checks that need no boilerplate: the part
 * of the report the engine host does while the page still looks for its boilerplate.
 */
export function* judgeMentionsInSteps(
  input: Omit<TextPhaseInput, "boilerplateSpans">,
  mentions: readonly Mention[],
): Generator<unknown, JudgedMentions> {
  const options = selectionOptions();
  yield FRESH_SLICE;
  const sample = input.texts.slice(0, sampleNodeCount(input.texts)).join(NODE_SEPARATOR);
  const lang = yield* detectLanguageInSteps(sample, input.declaredLang);
  const text = input.joined ?? (yield* joinTextsInSteps(input.texts));
  yield FRESH_SLICE;
  const verdicts = yield* mentionVerdictsInSteps(mentions, text, { ...options, lang: lang.lang });
  return { lang, text, verdicts };
}

/** The reported mentions from the judged ones, once the boilerplate is known. */
export function* reportJudgedInSteps(
  judged: JudgedMentions,
  boilerplateSpans: readonly TextSpan[],
): Generator<unknown, TextPhaseResult> {
  const { lang, text, verdicts } = judged;
  const options = { ...selectionOptions(), lang: lang.lang, boilerplateSpans };
  // Choosing the reported mentions scans the whole text for figures: in steps too.
  const mentions = yield* selectFromVerdictsInSteps(verdicts, text, options);
  return { mentions, lang, text };
}

/**
 * Language, join and selection after the stream: the page's language and the indicators'
 * measures, as `gapmap tag` gives them (a word-sense rule holds for English only, and words
 * naming a stock and a flow carry the runner-up).
 */
export function* reportMentionsInSteps(
  input: TextPhaseInput,
  mentions: readonly Mention[],
): Generator<unknown, TextPhaseResult> {
  const judged = yield* judgeMentionsInSteps(input, mentions);
  return yield* reportJudgedInSteps(judged, input.boilerplateSpans);
}
