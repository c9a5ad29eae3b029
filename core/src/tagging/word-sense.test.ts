import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { isOtherSense } from "./word-sense";

/** A vague mention of `words` at its first place in `text`. */
function at(text: string, words: string): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id: "x", text: words, start, end: start + words.length, score: 0.85 };
}

describe("isOtherSense", () => {
  it("reads an English singular after 'a' or a possessive as one person, not a count", () => {
    for (const text of [
      "taking pics of his visa to Russia in 2019",
      "she became a refugee in 2015",
    ])
      expect(isOtherSense(text, at(text, text.includes("visa") ? "visa" : "refugee"), "en")).toBe(
        true,
      );
    for (const text of ["3 million refugees in 2015", "the refugee population was 3 million"])
      expect(isOtherSense(text, at(text, "refugee"), "en"), text).toBe(false);
  });

  it("reads another domain's migration as no migration of people", () => {
    for (const [text, words] of [
      ["Bird migration flow visualization, 2016", "migration flow"],
      ["A data migration of 3 TB", "migration"],
      ["La migration des oiseaux en 2020", "migration"],
      ["Миграция птиц в 2020 году", "Миграция"],
    ] as const)
      expect(isOtherSense(text, at(text, words)), text).toBe(true);
  });

  it("reads a refugee camp as a place and a French reflexive verb as no refugees", () => {
    for (const [text, words] of [
      ["une frappe contre un camp de réfugiés, 45 morts", "réfugiés"],
      ["the refugee camp housed 20,000", "refugee"],
      ["celui où l’on s’était réfugié en 2023", "réfugié"],
    ] as const)
      expect(isOtherSense(text, at(text, words)), text).toBe(true);
  });

  it("reads English 'action on immigration' as a topic, not a count (English only)", () => {
    const topic = "taking executive action on immigration, by a margin of 48% to 38%";
    const count = "immigration rose to 120,000 in 2023";
    expect(isOtherSense(topic, at(topic, "immigration"), "en")).toBe(true);
    expect(isOtherSense(count, at(count, "immigration"), "en")).toBe(false);
  });

  it("reads a French, Spanish or Romanian singular after a noun as its adjective", () => {
    for (const [text, words, lang] of [
      ["dont trois détenteurs d'un passeport étranger, en 2023", "étranger", "fr"],
      ["el capital extranjero creció un 12 %", "extranjero", "es"],
      ["înmormântat în 2020 de către o familie străină", "străină", "ro"],
    ] as const)
      expect(isOtherSense(text, at(text, words), lang), text).toBe(true);
    for (const [text, words, lang] of [
      ["Les étrangers étaient 5,3 millions en 2023", "étrangers", "fr"],
      ["un étranger sur dix en 2023", "étranger", "fr"],
      ["dont 3 étrangers", "étrangers", "fr"],
      ["notre diaspora compte 2 millions", "diaspora", "fr"],
      ["une forte immigration en 2023", "immigration", "fr"],
      ["cet étranger sur dix en 2023", "étranger", "fr"],
      ["los extranjeros residentes eran 6 millones", "extranjeros", "es"],
      ["controlul a vizat muncitori străini în 2023", "străini", "ro"],
      ["un străin din zece în 2023", "străin", "ro"],
    ] as const)
      expect(isOtherSense(text, at(text, words), lang), text).toBe(false);
  });

  it("reads an English singular before a noun as a modifier, a plural as the people", () => {
    const modifier = "our diaspora experience over 30 years";
    expect(isOtherSense(modifier, at(modifier, "diaspora"), "en")).toBe(true);
    // Only on an English page: a French «émigration» before a noun is no modifier.
    expect(isOtherSense(modifier, at(modifier, "diaspora"), "fr")).toBe(false);
    for (const [text, words] of [
      ["4 million unauthorized immigrants from Mexico", "immigrants"],
      ["In 2023 immigration rose to 1.2 million", "immigration"],
      ["Turkey hosts 3.6 million refugees.", "refugees"],
      ["Les réfugiés étaient 3 000 en 2023", "réfugiés"],
      // The noun counts the people the singular names.
      ["the immigrant population reached 7 million", "immigrant"],
      ["refugee numbers rose to 40,000", "refugee"],
      ["Immigration levels were 1.3 million last year", "Immigration"],
      ["an overall annual immigration rate of one million in 2022", "immigration"],
    ] as const)
      expect(isOtherSense(text, at(text, words), "en"), text).toBe(false);
  });

  it("reads a bare remittance word beside a cost word as the cost of sending, not money received", () => {
    const remittance = (text: string, words: string): Mention => ({
      ...at(text, words),
      id: "remit-inflow",
    });
    for (const [text, words] of [
      [
        "reduce to less than 3 per cent the transaction costs of migrant remittances",
        "remittances",
      ],
      ["снизити на мање од 3% трансакционе трошкове за дознаке миграната", "дознаке"],
      ["reducir a menos del 3% los costos de transacción de las remesas", "remesas"],
      ["елиминисати токове дознака са трошковима вишим од 5%", "дознака"],
    ] as const)
      expect(isOtherSense(text, remittance(text, words)), text).toBe(true);
    for (const [text, words] of [
      ["Remittances rose to $60 billion in 2023, despite higher costs", "Remittances"],
      ["doznake su 2023. iznosile 3 milijarde KM", "doznake"],
    ] as const)
      expect(isOtherSense(text, remittance(text, words)), text).toBe(false);
    // Only remittance indicators: another indicator's word beside a cost word keeps its sense.
    const text = "the costs of refugees in 2023";
    expect(isOtherSense(text, at(text, "refugees"))).toBe(false);
  });
});
