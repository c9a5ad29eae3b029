import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { matchIndicators } from "../tables/match-indicators";
import { scorePhrases, cachedResolver } from "./score-phrases";
import { buildTermIndex, contentWords } from "./term-index";
import { testIndicator } from "./testing/test-indicator";

const code = (text: string) => ({ text, kind: "code" as const });
const index = buildTermIndex(
  [
    testIndicator("flow-trafficking-victims", { en: [code("16.2.2"), "trafficking victims"] }),
    testIndicator("labour-occupational-injuries", { en: [code("8.8.1")] }),
  ].map((i) => indicatorSchema.parse(i)),
);
const resolve = cachedResolver(index);
const coverageOf = (text: string, phrase: string) =>
  scorePhrases(index, contentWords(text), resolve).find(
    (s) => index.phrases[s.phrase]?.text === phrase,
  )?.phraseCoverage ?? 0;
const labelled = (text: string) =>
  matchIndicators(index, [{ where: "sheet", text }]).map((m) => m.id);

describe("scorePhrases with a word the phrase repeats", () => {
  it("covers the phrase whole when the text repeats the word as often", () => {
    expect(coverageOf("16-2-2", "16.2.2")).toBe(1);
    expect(coverageOf("8-8-1-SL_EMP_FTLINJUR", "8.8.1")).toBe(1);
    expect(labelled("16-2-2")).toEqual(["flow-trafficking-victims"]);
    expect(labelled("8-8-1-SL_EMP_FTLINJUR")).toEqual(["labour-occupational-injuries"]);
  });

  it("does not cover it when the text has the word once: 'Table 8.1' is no 8.8.1", () => {
    expect(coverageOf("Table 8.1", "8.8.1")).toBeCloseTo(2 / 3);
    expect(labelled("Table 8.1")).toEqual([]);
    expect(labelled("2.16")).toEqual([]);
  });

  it("scores phrases without repeated words as before", () => {
    expect(coverageOf("victims of trafficking", "trafficking victims")).toBe(1);
    expect(coverageOf("victims", "trafficking victims")).toBe(0.5);
  });
});
