import type { Mention } from "@gapmap/core/tagging";
import { describe, expect, test } from "vitest";
import {
  fromEngineHostSchema,
  packedMentionsSchema,
  toEngineHostSchema,
} from "../platform/messages";
import { packMentions, unpackMentions } from "./packed-mentions";

const MENTIONS: Mention[] = [
  { id: "stock-immigrants", text: "immigrants", start: 4, end: 14, score: 0.85 },
  {
    id: "stock-immigrants",
    text: "immigrant",
    start: 30,
    end: 39,
    score: 0.765,
    inflected: true,
    alternatives: ["stock-immigrants", "flow-immigration"],
    runnerUp: { id: "flow-immigration", reason: "stock-or-flow", cues: ["arrived", "in 2020"] },
  },
  { id: "flow-net-migration", text: "Net \nmigration", start: 50, end: 64, score: 1 },
];

describe("mentions in parallel arrays (engine host replies)", () => {
  test("unpack gives back the mentions packed, through JSON and the schema", () => {
    const wire = JSON.parse(JSON.stringify(packMentions(MENTIONS))) as unknown;
    const packed = packedMentionsSchema.parse(wire);
    expect(packed.ids).toEqual(["stock-immigrants", "flow-immigration", "flow-net-migration"]);
    expect(unpackMentions(packed)).toEqual(MENTIONS);
    expect(unpackMentions(packMentions([]))).toEqual([]);
  });

  test("arrays that disagree, or IDs out of the table, are refused", () => {
    const packed = packMentions(MENTIONS);
    expect(() => unpackMentions({ ...packed, start: packed.start.slice(1) })).toThrow();
    expect(() => unpackMentions({ ...packed, id: [0, 1, 7] })).toThrow();
    expect(() => unpackMentions({ ...packed, inflected: [9] })).toThrow();
  });
});

describe("engine host message schemas", () => {
  test("requests: start, the walk's texts, the end with flat boilerplate spans, break answers", () => {
    const valid = [
      { type: "gapmap/host-start" },
      { type: "gapmap/host-start", declaredLang: "fr-CH" },
      { type: "gapmap/host-texts", texts: ["a", "b"] },
      { type: "gapmap/host-end", boilerplate: [0, 1] },
      { type: "gapmap/host-breaks", boundaries: [3, 5], breaks: [3] },
    ];
    for (const message of valid) expect(toEngineHostSchema.parse(message)).toEqual(message);
    for (const bad of [
      { type: "gapmap/host-texts", texts: ["a", 1] },
      { type: "gapmap/host-end", boilerplate: [0, "1"] },
      { type: "gapmap/host-end", boilerplate: [0, Number.NaN] },
      { type: "gapmap/host-start", extra: true },
      { type: "gapmap/host-breaks", breaks: [3] },
      { type: "gapmap/tag" },
    ]) {
      expect(toEngineHostSchema.safeParse(bad).success).toBe(false);
    }
  });

  test("replies: break questions, packed mentions with the language, or an error", () => {
    const mentions = {
      type: "gapmap/host-mentions",
      mentions: packMentions(MENTIONS),
      lang: { lang: "en", source: "guess", confidence: 0.9 },
    };
    expect(fromEngineHostSchema.parse(mentions)).toEqual(mentions);
    const ask = { type: "gapmap/host-ask-breaks", boundaries: [5, 9] };
    expect(fromEngineHostSchema.parse(ask)).toEqual(ask);
    expect(fromEngineHostSchema.parse({ type: "gapmap/host-error", error: "x" })).toBeDefined();
    for (const bad of [
      { ...mentions, lang: { lang: "en", source: "declared", confidence: 1 } },
      { ...mentions, mentions: { ...mentions.mentions, text: [1, 2, 3] } },
      { ...mentions, mentions: { ...mentions.mentions, start: [0, Infinity] } },
      { ...mentions, mentions: { ...mentions.mentions, id: { length: 2 } } },
      { ...ask, boundaries: "5" },
    ]) {
      expect(fromEngineHostSchema.safeParse(bad).success).toBe(false);
    }
  });
});
