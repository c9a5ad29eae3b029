import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { withRemittanceShare } from "./remittance-share";

const remittance = (text: string, words: string, id = "remit-inflow"): Mention => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id, text: words, start, end: start + words.length, score: 0.85, alternatives: [id] };
};

describe("withRemittanceShare", () => {
  it("reads remittances weighed against GDP with a share as their share of GDP", () => {
    for (const [text, words] of [
      ["Kyrgyzstan gets 31% of its GDP from remittances; Nepal 25%.", "remittances"],
      ["Almost half of Tajikistan's gross domestic product comes from remittances.", "remittances"],
      ["Las remesas representan el 24% del PIB del país.", "remesas"],
      ["Денежные переводы составляют 30% ВВП страны.", "переводы"],
    ] as const) {
      const m = withRemittanceShare(text, remittance(text, words));
      expect(m.id, text).toBe("remit-inflow-gdp");
      expect(m.alternatives).toBeUndefined();
    }
  });

  it("leaves remittances alone without GDP or a share in their sentence", () => {
    for (const text of [
      "India gets $71 billion in remittances. GDP grew 7% last year.",
      "Remittances rose to $71 billion while GDP stalled.",
      "Remittances grew 6.3% this year.",
    ]) {
      const words = text.includes("Remittances") ? "Remittances" : "remittances";
      expect(withRemittanceShare(text, remittance(text, words)).id, text).toBe("remit-inflow");
    }
    // Money paid out stays paid out.
    const paid = "Remittances sent abroad were 2% of GDP.";
    expect(withRemittanceShare(paid, remittance(paid, "Remittances", "remit-outflow")).id).toBe(
      "remit-outflow",
    );
  });
});
