import { describe, expect, it } from "vitest";
import type { Measure } from "../catalogue/vocabulary";
import type { Mention } from "./mention";
import { isMoneyFigure } from "./money-figures";
import { selectPageMentions } from "./page-mentions";

/** Where `figure` first stands in `text`. */
const atFigure = (text: string, figure: string): number => text.indexOf(figure);

describe("isMoneyFigure", () => {
  it("reads a number after a currency sign or code, or before a currency word, as money", () => {
    for (const [text, figure] of [
      ["travelers post bonds up to $15,000 each", "15,000"],
      ["migrants sent $466 billion home", "466"],
      ["migrants sent $466 billion home", "billion"],
      ["a budget of €3.2 million for reception", "3.2"],
      ["outflows of 67 billion dollars", "67"],
      ["las remesas sumaron 4.000 millones de dólares", "4.000"],
      ["переводы составили 3 млрд долларов", "3"],
      ["بلغت التحويلات 30 مليار دولار", "30"],
    ] as const)
      expect(isMoneyFigure(text, atFigure(text, figure)), text).toBe(true);
  });

  it("leaves counts of people, percentages and years alone", () => {
    for (const [text, figure] of [
      ["ICE removed 302,192 people in 2024", "302,192"],
      ["ICE removed 302,192 people in 2024", "2024"],
      ["immigration rose 4% to 1.3 million", "4"],
      ["1.3 million immigrants arrived", "million"],
    ] as const)
      expect(isMoneyFigure(text, atFigure(text, figure)), text).toBe(false);
  });
});

describe("a sum of money reports only an indicator measured in money", () => {
  const mention = (text: string, words: string, id: string): Mention => {
    const start = text.indexOf(words);
    return { id, text: words, start, end: start + words.length, score: 0.85 };
  };
  const measureOf = (id: string): Measure => (id.startsWith("remit-") ? "amount" : "flow");

  it("does not report immigration from a bond's amount, and does from a count", () => {
    const bond = "Travelers post bonds up to $15,000 to reduce visa overstays and immigration.";
    const options = { contextIds: new Set<string>(), measureOf };
    expect(
      selectPageMentions([mention(bond, "immigration", "flow-immigration")], bond, options),
    ).toEqual([]);
    const count = "Immigration reached 1.3 million and cost $15,000 per case.";
    expect(
      selectPageMentions([mention(count, "Immigration", "flow-immigration")], count, options),
    ).toHaveLength(1);
    // Without measures every figure counts, as before.
    expect(
      selectPageMentions([mention(bond, "immigration", "flow-immigration")], bond, {
        contextIds: new Set<string>(),
      }),
    ).toHaveLength(1);
  });

  it("reports remittances from a sum of money", () => {
    const text = "The largest remittances came from the U.S. at $67 billion.";
    const options = { contextIds: new Set<string>(), measureOf };
    expect(
      selectPageMentions([mention(text, "remittances", "remit-inflow")], text, options),
    ).toHaveLength(1);
  });
});
