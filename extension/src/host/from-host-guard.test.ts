import { describe, expect, it } from "vitest";
import { fromEngineHostSchema } from "../platform/messages";
import { expectSameVerdicts, variants } from "../testing/guard-verdicts";
import { readFromEngineHost } from "./from-host-guard";

const PACKED = {
  ids: ["stock-immigrants", "flow-immigration"],
  id: [0, 1],
  start: [4, 30],
  end: [14, 39],
  score: [0.85, 1],
  text: ["immigrants", "immigrant"],
  inflected: [1],
  alternatives: [{ at: 1, ids: [0, 1] }],
  runnerUps: [{ at: 1, id: "flow-immigration", reason: "stock-or-flow", cues: ["arrived"] }],
};
const LANG = { lang: "en", source: "guess", confidence: 0.9, script: "Latn" };

/** Replies of every type, with every field (nested ones too) right and wrong. */
function* messages(): Generator {
  yield* [undefined, null, "gapmap/host-error", 1, [], [{ type: "gapmap/host-error", error: "" }]];
  for (const type of ["gapmap/other", "", 7, undefined]) yield { type, error: "x" };
  for (const bare of variants({ type: "gapmap/host-ask-breaks", boundaries: [5, 9] })) yield bare;
  for (const bare of variants({ type: "gapmap/host-error", error: "broken" })) yield bare;
  const alternative = PACKED.alternatives[0] ?? {};
  const runnerUp = PACKED.runnerUps[0] ?? {};
  const packings = [
    ...variants(PACKED),
    ...[...variants(alternative)].map((a) => ({ ...PACKED, alternatives: [a] })),
    ...[...variants(runnerUp)].map((r) => ({ ...PACKED, runnerUps: [r] })),
    { ...PACKED, runnerUps: [{ ...runnerUp, reason: "close-score" }] },
  ];
  for (const mentions of packings) {
    yield { type: "gapmap/host-mentions-part", mentions };
    yield { type: "gapmap/host-mentions", mentions, lang: LANG };
  }
  yield* variants({ type: "gapmap/host-mentions-part", mentions: PACKED });
  yield* variants({ type: "gapmap/host-mentions", mentions: PACKED, lang: LANG });
  for (const lang of variants(LANG)) yield { type: "gapmap/host-mentions", mentions: PACKED, lang };
  for (const source of ["attribute", "declared"]) {
    yield { type: "gapmap/host-mentions", mentions: PACKED, lang: { ...LANG, source } };
  }
}

describe("the content script's hand-written check of the engine host's replies", () => {
  it("accepts and rejects what fromEngineHostSchema does, with the same data", () => {
    const { accepted, rejected } = expectSameVerdicts(
      messages(),
      fromEngineHostSchema,
      readFromEngineHost,
    );
    // The messages tried include many of each verdict.
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(300);
  });
});
