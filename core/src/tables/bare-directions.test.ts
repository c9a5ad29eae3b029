import { describe, expect, it } from "vitest";
import { withoutBareDirections } from "./bare-directions";
import type { LabelSource } from "./match-indicators";
import type { IndicatorMatch } from "./schema";

const match = (id: string, header: string, words: string[]): IndicatorMatch => ({
  id,
  score: 0.38,
  evidence: [{ where: "header", text: header, matched: header, words }],
});
const isMoney = (id: string) => id.startsWith("remit-");
const labels = (...texts: string[]): LabelSource[] =>
  texts.map((text) => ({ where: "header", text }));

describe("withoutBareDirections", () => {
  const inflow = match("remit-inflow", "inFLow", ["inflow"]);
  const outflow = match("remit-outflow", "Net outflow", ["net", "outflow"]);

  it("drops money named only by direction words when no label speaks of money", () => {
    const sources = labels("год", "outFlow", "inFLow", "сальдо");
    expect(withoutBareDirections([inflow, outflow], sources, isMoney)).toEqual([]);
  });

  it("keeps them under a money word, a currency or a currency sign", () => {
    for (const money of ["Money transfers", "annual in USD", "млн долл. США", "US$ million"])
      expect(withoutBareDirections([inflow], labels(money, "Inflow"), isMoney)).toEqual([inflow]);
  });

  it("keeps a money match that more than direction words named, and people flows", () => {
    const received = match("remit-inflow", "Remittance inflows", ["remittance", "inflows"]);
    const arrivals = match("flow-immigration", "Inflow", ["inflow"]);
    const sources = labels("Inflow", "Outflow");
    expect(withoutBareDirections([received, arrivals], sources, isMoney)).toEqual([
      received,
      arrivals,
    ]);
  });
});
