/**
 * One page's conversation with the engine host. The page sends its texts as its walk reads
 * them; the host streams them through the matcher of the declared language at once, and asks
 * the page about the block breaks it cannot know (node boundaries where a phrase is still open),
 * taking each for no break meanwhile. The page answers while it walks on. At the end, if every
 * boundary taken for no break was none, the stream's mentions are exact; otherwise the host runs
 * the stream again with the answers (asking again if that run opens other boundaries). Then it
 * selects the reported mentions and detects the language: the page's own steps (text-engine.ts),
 * so the same results.
 */
import { runSteps, type Mention, type MentionStream, type TextSpan } from "@gapmap/core/tagging";
import { matcherNow } from "../highlight/page-matcher";
import { NODE_SEPARATOR } from "../highlight/text-walker";
import { toEngineHostSchema, type FromEngineHost } from "../platform/messages";
import { packMentions } from "./packed-mentions";
import { reportMentionsInSteps, streamMentionsInSteps } from "./text-engine";

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

const error = (text: string): FromEngineHost[] => [{ type: "gapmap/host-error", error: text }];

/** The handler of one port: each message in, the replies (none, or some) out. */
export function engineSession(): (raw: unknown) => FromEngineHost[] {
  let declaredLang: string | undefined;
  let live: { stream: MentionStream; mentions: Mention[] } | undefined;
  const texts: string[] = [];
  const answers = new Map<number, boolean>();
  /** Boundaries asked about and not answered yet. */
  const unanswered = new Set<number>();
  /** Boundaries the live stream took for no break. */
  const guessed = new Set<number>();
  let guessWrong = false;
  let boilerplate: TextSpan[] | undefined;
  let done = false;

  const ask = (boundaries: number[]): FromEngineHost[] => {
    for (const i of boundaries) unanswered.add(i);
    return boundaries.length === 0 ? [] : [{ type: "gapmap/host-ask-breaks", boundaries }];
  };

  /** Once the text has ended and every question is answered: the mentions, or more questions. */
  const finish = (): FromEngineHost[] => {
    if (boilerplate === undefined || unanswered.size > 0 || live === undefined || done) return [];
    let found = live.mentions;
    if (guessWrong) {
      const asked: number[] = [];
      const matcher = matcherNow(declaredLang);
      found = runSteps(streamMentionsInSteps(matcher, texts, (i) => answers.get(i), asked));
      if (asked.length > 0) return ask(asked);
    }
    done = true;
    const input = { texts, boilerplateSpans: boilerplate, declaredLang };
    const { mentions, lang } = runSteps(reportMentionsInSteps(input, found));
    return [{ type: "gapmap/host-mentions", mentions: packMentions(mentions), lang }];
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
      };
      return [];
    }
    if (live === undefined) return error("the text has not started");
    if (message.type === "gapmap/host-texts") {
      if (boilerplate !== undefined) return error("the text has ended");
      const { stream, mentions } = live;
      const asked: number[] = [];
      for (const text of message.texts) {
        const i = texts.length;
        texts.push(text);
        let blockBreak = false;
        if (i > 0 && stream.hasOpenPhrase()) {
          const known = answers.get(i);
          if (known === undefined) {
            asked.push(i);
            guessed.add(i);
          } else blockBreak = known;
        }
        for (const m of stream.push(text, blockBreak ? BLOCK_BREAK : SAME_BLOCK)) mentions.push(m);
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
    if (boilerplate !== undefined) return error("the text has ended already");
    boilerplate = spansOf(message.boilerplate);
    for (const m of live.stream.end()) live.mentions.push(m);
    return finish();
  };
}
