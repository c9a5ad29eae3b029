import "../testing/bundled-catalogue";
import { runSteps } from "@gapmap/core/tagging";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { matcherNow } from "../highlight/page-matcher";
import type { FromEngineHost, ToEngineHost } from "../platform/messages";
import { engineSession, spansOf } from "./engine-session";
import { unpackMentions } from "./packed-mentions";
import { reportMentionsInSteps, streamMentionsInSteps } from "./text-engine";

/** Words that make catalogue phrases, cut anywhere into text nodes, with figures between. */
const WORDS = [
  "net",
  "migration",
  "international",
  "migrants",
  "stock",
  "of",
  "the",
  "refugees",
  "asylum",
  "seekers",
  "applications",
  "remittances",
  "in",
  "2020",
  "12,000",
  ".",
];

const pageArb = fc.array(
  fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    blockBreak: fc.boolean(),
  }),
  { minLength: 1, maxLength: 60 },
);

/** Boilerplate spans as the page sends them: [start, end, …], in order, not overlapping. */
const spansArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 600 }), { maxLength: 8 })
  .map((cuts) => cuts.sort((a, b) => a - b).slice(0, cuts.length - (cuts.length % 2)));

/**
 * A page's conversation: texts in pieces, answers a piece late, as a walking page gives them,
 * or only after the text has ended (a page busy walking answers then: the host reports ahead).
 */
function converse(
  texts: string[],
  breaks: boolean[],
  piece: number,
  answerWhileWalking = true,
  { walked = false, boilerplate = [] as number[] } = {},
) {
  const session = engineSession();
  const replies: FromEngineHost[] = [];
  const send = (message: ToEngineHost) => replies.push(...session(message));
  let answered = 0;
  const answerAll = () => {
    for (; answered < replies.length; answered++) {
      const reply = replies[answered];
      if (reply?.type !== "gapmap/host-ask-breaks") continue;
      const asked = reply.boundaries;
      send({
        type: "gapmap/host-breaks",
        boundaries: asked,
        breaks: asked.filter((i) => breaks[i]),
      });
    }
  };
  send({ type: "gapmap/host-start", declaredLang: "en" });
  for (let i = 0; i < texts.length; i += piece) {
    const seen = replies.length;
    send({ type: "gapmap/host-texts", texts: texts.slice(i, i + piece) });
    answered = Math.min(answered, seen);
    if (i > 0 && answerWhileWalking) answerAll();
  }
  if (walked) send({ type: "gapmap/host-walked" });
  send({ type: "gapmap/host-end", boilerplate });
  answerAll();
  answerAll();
  return replies.find((r) => r.type === "gapmap/host-mentions");
}

describe("the engine session gives the page's result whatever it had to guess", () => {
  test("random texts, block breaks and piece sizes", () => {
    const matcher = matcherNow("en");
    fc.assert(
      fc.property(
        pageArb,
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        fc.boolean(),
        spansArb,
        (nodes, piece, early, walked, cuts) => {
          const texts = nodes.map((n) => n.words.join(" "));
          const breaks = nodes.map((n) => n.blockBreak);
          const found = runSteps(streamMentionsInSteps(matcher, texts, (i) => breaks[i], []));
          const boilerplateSpans = spansOf(cuts);
          const input = { texts, boilerplateSpans, declaredLang: "en" };
          const expected = runSteps(reportMentionsInSteps(input, found));
          const reply = converse(texts, breaks, piece, early, { walked, boilerplate: cuts });
          expect(reply?.type).toBe("gapmap/host-mentions");
          if (reply?.type !== "gapmap/host-mentions") return;
          expect(unpackMentions(reply.mentions)).toEqual(expected.mentions);
          expect(reply.lang).toEqual(expected.lang);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the engine session asks only about boundaries a found phrase runs over", () => {
  test("an open phrase that ends unmatched is no question; one matched over a boundary is", () => {
    const session = engineSession();
    const replies: FromEngineHost[] = [];
    const send = (message: ToEngineHost) => replies.push(...session(message));
    send({ type: "gapmap/host-start", declaredLang: "en" });
    // "net" | "2020": a phrase is open at boundary 1 but nothing matches over it; "net" |
    // "migration" matches over boundary 3, and the page must say whether it is a break.
    send({ type: "gapmap/host-texts", texts: ["net", "2020 figures", "net", "migration"] });
    send({ type: "gapmap/host-end", boilerplate: [] });
    const asked = replies.flatMap((r) => (r.type === "gapmap/host-ask-breaks" ? r.boundaries : []));
    expect(asked).toEqual([3]);
    send({ type: "gapmap/host-breaks", boundaries: [3], breaks: [] });
    const reply = replies.find((r) => r.type === "gapmap/host-mentions");
    expect(reply?.type === "gapmap/host-mentions" && unpackMentions(reply.mentions)).toEqual([
      expect.objectContaining({ id: "flow-net-migration", text: "net\nmigration" }),
    ]);
  });
});
