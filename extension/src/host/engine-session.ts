/**
 * One page's conversation with the engine host. The page sends its texts as its walk reads
 * them; the host streams them through the matcher of the declared language at once, taking
 * every node boundary for no block break, and asks the page only about the boundaries a found
 * mention runs over: the matcher takes the longest phrase from the leftmost word, so a break
 * where no found mention runs over changes nothing (the same words are matched on each side).
 * The page answers after its walk. At the end, if every boundary asked about was no break, the
 * stream's mentions are exact; otherwise the host runs the stream again with the answers
 * (asking again if that run opens other boundaries). Then it
 * selects the reported mentions and detects the language: the page's own steps (text-engine.ts),
 * so the same results, sent in pieces (messages.ts, fromEngineHostSchema). A page that says
 * when its walk is over (`host-walked`, before it looks for its boilerplate) has the language,
 * the join and every check of the selection that needs no boilerplate done meanwhile: at the
 * end only the boilerplate and figure checks remain.
 */
import { runSteps, type Mention, type MentionStream, type TextSpan } from "@gapmap/core/tagging";
import { matcherNow } from "../highlight/page-matcher";
import { NODE_SEPARATOR } from "../highlight/text-walker";
import {
  HOST_MENTIONS_PER_MESSAGE,
  toEngineHostSchema,
  type FromEngineHost,
} from "../platform/messages";
import { packMentions } from "./packed-mentions";
import {
  judgeMentionsInSteps,
  reportJudgedInSteps,
  reportMentionsInSteps,
  type JudgedMentions,
} from "./text-engine";

const BLOCK_BREAK = { breakBefore: true } as const;
const SAME_BLOCK = { breakBefore: false } as const;

/** Boilerplate spans from their flat form [start, end, start, end, …]. */
export function spansOf(flat: readonly number[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    spans.push({ start: flat[i] ?? 0, end: flat[i + 1] ?? 0 });
  }
  return spans;
}

/** Index of the first of the increasing `starts` above `at` (starts.length when none). */
function firstStartAfter(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const error = (text: string): FromEngineHost[] => [{ type: "gapmap/host-error", error: text }];

/** The handler of one port: each message in, the replies (none, or some) out. */
export function engineSession(): (raw: unknown) => FromEngineHost[] {
  let declaredLang: string | undefined;
  /**
   * The stream as the texts arrive: its mentions, and per text node its start offset and, where
   * no phrase was open before it, how many mentions were out by then (else -1).
   */
  let live:
    { stream: MentionStream; mentions: Mention[]; clean: number[]; starts: number[] } | undefined;
  let offset = 0;
  const texts: string[] = [];
  /** Each texts message's texts joined as it came: the page text is their join at the end. */
  const joinedParts: string[] = [];
  const answers = new Map<number, boolean>();
  /** Boundaries asked about and not answered yet. */
  const unanswered = new Set<number>();
  /** Boundaries a mention of the live stream runs over, taken for no break (and asked about). */
  const guessed = new Set<number>();
  let guessWrong = false;
  let boilerplate: TextSpan[] | undefined;
  /** The walk is over (`host-walked`): the stream has ended, no more texts come. */
  let walked = false;
  /** The live stream's mentions judged while the page looked for its boilerplate. */
  let judged: JudgedMentions | undefined;
  let done = false;
  /** The replies for the live stream's mentions, made while answers were still out. */
  let ahead: FromEngineHost[] | undefined;

  /**
   * Into `asked`: the boundaries the live stream's `found` mentions run over (node `i` starting
   * inside a mention) that no answer settles yet; each is a guess of no break.
   */
  const spannedBy = (found: readonly Mention[], asked: number[]) => {
    const { starts } = live ?? { starts: [] };
    for (const m of found) {
      let i = firstStartAfter(starts, m.start);
      for (; i < starts.length && (starts[i] ?? 0) < m.end; i++) {
        if (answers.has(i) || guessed.has(i)) continue;
        guessed.add(i);
        asked.push(i);
      }
    }
  };

  const ask = (boundaries: number[]): FromEngineHost[] => {
    for (const i of boundaries) unanswered.add(i);
    return boundaries.length === 0 ? [] : [{ type: "gapmap/host-ask-breaks", boundaries }];
  };

  /**
   * The stream again where the live one took a boundary for no break and it was one: from the
   * last boundary before it with no phrase open (the stream holds nothing there, so a fresh one
   * starts alike, its offsets shifted) until both streams have no phrase open again; the live
   * mentions stand elsewhere. Boundaries this opens that nobody answered go to `asked`.
   */
  const corrected = (asked: number[]): Mention[] => {
    const { mentions, clean, starts } = live ?? { mentions: [], clean: [], starts: [] };
    const wrong = [...guessed].filter((i) => answers.get(i) === true).sort((a, b) => a - b);
    const matcher = matcherNow(declaredLang);
    const out: Mention[] = [];
    let liveFrom = 0;
    let validFrom = 0;
    for (const b of wrong) {
      if (b < validFrom) continue;
      let c = b - 1;
      while (c > validFrom && (clean[c] ?? -1) < 0) c--;
      for (let k = liveFrom; k < (clean[c] ?? 0); k++) out.push(mentions[k] as Mention);
      const base = starts[c] ?? 0;
      const stream = matcher.createStream({ separator: NODE_SEPARATOR });
      const shifted = (found: readonly Mention[]) => {
        for (const m of found) {
          m.start += base;
          m.end += base;
          out.push(m);
        }
      };
      let i = c;
      for (; i < texts.length; i++) {
        let blockBreak = false;
        if (i > c && stream.hasOpenPhrase()) {
          const known = answers.get(i);
          if (known === undefined) asked.push(i);
          else blockBreak = known;
        } else if (i > b && (clean[i] ?? -1) >= 0) break;
        shifted(stream.push(texts[i] ?? "", blockBreak ? BLOCK_BREAK : SAME_BLOCK));
      }
      if (i >= texts.length) {
        shifted(stream.end());
        return out;
      }
      liveFrom = clean[i] ?? 0;
      validFrom = i;
    }
    for (let k = liveFrom; k < mentions.length; k++) out.push(mentions[k] as Mention);
    return out;
  };

  const textInput = () => ({ texts, declaredLang, joined: joinedParts.join(NODE_SEPARATOR) });

  /**
   * The live stream's end: its last mentions, and the boundaries they run over into `asked`.
   * Once the walk is over (at `host-walked`, else at `host-end`).
   */
  const endStream = (asked: number[]) => {
    if (walked || live === undefined) return;
    walked = true;
    const last = live.stream.end();
    for (const m of last) live.mentions.push(m);
    spannedBy(last, asked);
  };

  /** The reported mentions of `found` and the language, as the replies that carry them. */
  const report = (found: readonly Mention[], spans: readonly TextSpan[]): FromEngineHost[] => {
    const { mentions, lang } =
      judged !== undefined && found === live?.mentions
        ? runSteps(reportJudgedInSteps(judged, spans))
        : runSteps(reportMentionsInSteps({ ...textInput(), boilerplateSpans: spans }, found));
    const replies: FromEngineHost[] = [];
    let from = 0;
    for (; mentions.length - from > HOST_MENTIONS_PER_MESSAGE; from += HOST_MENTIONS_PER_MESSAGE) {
      const part = mentions.slice(from, from + HOST_MENTIONS_PER_MESSAGE);
      replies.push({ type: "gapmap/host-mentions-part", mentions: packMentions(part) });
    }
    const last = packMentions(mentions.slice(from));
    replies.push({ type: "gapmap/host-mentions", mentions: last, lang });
    return replies;
  };

  /**
   * Once the text has ended and every question is answered: the mentions, or more questions.
   * While answers are still out, the live stream's report is made ahead: the page's answers
   * come after its walk, behind its other tasks, and nearly always confirm the guesses (no
   * break), so the replies then go at once. An answer that a guess was wrong discards them.
   */
  const finish = (): FromEngineHost[] => {
    if (boilerplate === undefined || live === undefined || done) return [];
    if (unanswered.size > 0) {
      if (!guessWrong) ahead ??= report(live.mentions, boilerplate);
      return [];
    }
    if (!guessWrong) {
      done = true;
      return ahead ?? report(live.mentions, boilerplate);
    }
    const asked: number[] = [];
    const found = corrected(asked);
    if (asked.length > 0) return ask(asked);
    done = true;
    return report(found, boilerplate);
  };

  return (raw) => {
    const parsed = toEngineHostSchema.safeParse(raw);
    if (!parsed.success) return error("not a host request");
    const message = parsed.data;
    if (message.type === "gapmap/host-start") {
      if (live !== undefined) return error("the text has started already");
      declaredLang = message.declaredLang;
      live = {
        stream: matcherNow(declaredLang).createStream({ separator: NODE_SEPARATOR }),
        mentions: [],
        clean: [],
        starts: [],
      };
      return [];
    }
    if (live === undefined) return error("the text has not started");
    if (message.type === "gapmap/host-texts") {
      if (walked) return error("the text has ended");
      const { stream, mentions, clean, starts } = live;
      const asked: number[] = [];
      if (message.texts.length > 0) joinedParts.push(message.texts.join(NODE_SEPARATOR));
      for (const text of message.texts) {
        const i = texts.length;
        texts.push(text);
        starts.push(offset);
        offset += text.length + NODE_SEPARATOR.length;
        const open = i > 0 && stream.hasOpenPhrase();
        clean.push(open ? -1 : mentions.length);
        const found = stream.push(text, open && answers.get(i) === true ? BLOCK_BREAK : SAME_BLOCK);
        if (found.length === 0) continue;
        for (const m of found) mentions.push(m);
        spannedBy(found, asked);
      }
      return ask(asked);
    }
    if (message.type === "gapmap/host-breaks") {
      const breaks = new Set(message.breaks);
      for (const i of message.boundaries) {
        if (!unanswered.delete(i)) continue;
        answers.set(i, breaks.has(i));
        if (breaks.has(i) && guessed.has(i)) guessWrong = true;
      }
      return finish();
    }
    if (message.type === "gapmap/host-walked") {
      if (walked) return error("the text has ended already");
      // While the page looks for its boilerplate: all of the report that needs none.
      const asked: number[] = [];
      endStream(asked);
      judged = runSteps(judgeMentionsInSteps(textInput(), live.mentions));
      return ask(asked);
    }
    if (boilerplate !== undefined) return error("the text has ended already");
    boilerplate = spansOf(message.boilerplate);
    const asked: number[] = [];
    endStream(asked);
    return [...ask(asked), ...finish()];
  };
}
