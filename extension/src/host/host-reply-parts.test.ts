/**
 * A page with thousands of mentions gets them from the engine host in several messages (one
 * task each on the page): the parts, unpacked in order, are the page's own result.
 */
import "../testing/bundled-catalogue";
import { runSteps } from "@gapmap/core/tagging";
import { describe, expect, test } from "vitest";
import { matcherNow } from "../highlight/page-matcher";
import { HOST_MENTIONS_PER_MESSAGE, type FromEngineHost } from "../platform/messages";
import { fakeHost } from "../testing/fake-host-port";
import { openHostSession } from "./host-client";
import { reportMentionsInSteps, streamMentionsInSteps } from "./text-engine";

const SENTENCES = [
  "Net migration reached 40,000 in 2020.",
  "The number of refugees rose to 12,500 in 2019.",
  "Remittances received were 3.2 billion dollars in 2021.",
];
/** Enough sentences for more than two messages' worth of mentions. */
const TEXTS = Array.from(
  { length: HOST_MENTIONS_PER_MESSAGE * 2 + 300 },
  (_, i) => SENTENCES[i % SENTENCES.length] ?? "",
);

function expected() {
  const found = runSteps(streamMentionsInSteps(matcherNow("en"), TEXTS, () => true, []));
  const input = { texts: TEXTS, boilerplateSpans: [], declaredLang: "en" };
  return runSteps(reportMentionsInSteps(input, found));
}

describe("the engine host's reply in parts", () => {
  test("parts of at most HOST_MENTIONS_PER_MESSAGE, then the rest with the language", async () => {
    const want = expected();
    expect(want.mentions.length).toBeGreaterThan(HOST_MENTIONS_PER_MESSAGE * 2);
    const fake = fakeHost();
    const replies = fake.replies as FromEngineHost[];
    const host = openHostSession("en", () => true, fake.port);
    host?.sendTexts(TEXTS.slice(0, 1000));
    host?.sendTexts(TEXTS.slice(1000));
    const answer = await host?.finish([]);
    expect(answer?.mentions).toEqual(want.mentions);
    expect(answer?.lang).toEqual(want.lang);
    const types = replies.map((r) => r.type).filter((t) => t !== "gapmap/host-ask-breaks");
    const parts = Math.ceil(want.mentions.length / HOST_MENTIONS_PER_MESSAGE) - 1;
    expect(types).toEqual([
      ...Array<string>(parts).fill("gapmap/host-mentions-part"),
      "gapmap/host-mentions",
    ]);
    for (const reply of replies) {
      if (reply.type === "gapmap/host-mentions-part" || reply.type === "gapmap/host-mentions") {
        expect(reply.mentions.id.length).toBeLessThanOrEqual(HOST_MENTIONS_PER_MESSAGE);
      }
    }
  });
});
