import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { withRemittanceDirection } from "./remittance-direction";

function at(text: string, words: string, id: string): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id, text: words, start, end: start + words.length, score: 0.85 };
}

describe("withRemittanceDirection", () => {
  it("reads money sent out of the country as remittances paid, in several languages", () => {
    const cases: [string, string, string][] = [
      ["In 2023 remittances sent abroad reached $5 billion.", "remittances", "remit-inflow"],
      ["Remittances sent from Spain (% of GDP) were 0.8.", "Remittances", "remit-inflow-gdp"],
      ["Las remesas enviadas al exterior sumaron 5.000 millones.", "remesas", "remit-inflow"],
      [
        "Денежные переводы, отправленные из России, составили 5 млрд.",
        "Денежные переводы",
        "remit-inflow",
      ],
      [
        "بلغت التحويلات المالية المرسلة من السعودية 5 مليارات.",
        "التحويلات المالية",
        "remit-inflow",
      ],
      ["Doznake poslate u inostranstvo iznosile su 2%.", "Doznake", "remit-inflow"],
    ];
    for (const [text, words, id] of cases)
      expect(withRemittanceDirection(text, at(text, words, id)).id, text).toBe("remit-outflow");
  });

  it("keeps money sent home and the bare word as received", () => {
    const cases: [string, string][] = [
      ["Remittances sent home by migrants rose 8% in 2023.", "Remittances"],
      ["Remittances from abroad rose 8% in 2023.", "Remittances"],
      ["Remittances fell by 18%.", "Remittances"],
      ["Las remesas recibidas desde Estados Unidos crecieron.", "remesas"],
    ];
    for (const [text, words] of cases)
      expect(withRemittanceDirection(text, at(text, words, "remit-inflow")).id, text).toBe(
        "remit-inflow",
      );
    const migrants = "Immigrants sent from Spain.";
    const other = at(migrants, "Immigrants", "stock-immigrants");
    expect(withRemittanceDirection(migrants, other)).toBe(other);
  });
  it("reads a sending participle alone as no direction, so money received, a place after it not", () => {
    const received =
      "Las remesas, enviadas casi en su totalidad de Estados Unidos, ascendieron a 20.035 millones.";
    expect(
      withRemittanceDirection(received, at(received, "remesas, enviadas", "remit-outflow")).id,
    ).toBe("remit-inflow");
    for (const [text, words] of [
      ["Las remesas enviadas al exterior sumaron 5.000 millones.", "remesas enviadas"],
      ["Las remesas enviadas desde España sumaron 5.000 millones.", "remesas enviadas"],
      ["Las remesas pagadas sumaron 5.000 millones.", "remesas pagadas"],
    ] as const)
      expect(withRemittanceDirection(text, at(text, words, "remit-outflow")).id, text).toBe(
        "remit-outflow",
      );
  });
});
