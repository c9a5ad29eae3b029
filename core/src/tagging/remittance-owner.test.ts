import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { withRemittanceOwner } from "./remittance-owner";

/** A mention of `words` at its first place in `text`. */
function at(text: string, words: string, id: string): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id, text: words, start, end: start + words.length, score: 0.9 };
}

describe("withRemittanceOwner", () => {
  it("reads a transfer word before a migrant group as the group's remittances", () => {
    for (const [text, group, id, from] of [
      [
        "بلغت تحويلات المصريين العاملين بالخارج 25.2 مليار دولار",
        "العاملين بالخارج",
        "stock-nationals-working-abroad",
        "تحويلات",
      ],
      [
        "وهو أعلى رقم لتحويلات المصريين في الخارج",
        "المصريين في الخارج",
        "stock-emigrants",
        "لتحويلات",
      ],
      [
        "Переводы трудовых мигрантов составили 10 млрд долларов",
        "трудовых мигрантов",
        "stock-migrant-workers",
        "Переводы",
      ],
    ] as const) {
      const money = withRemittanceOwner(text, at(text, group, id));
      expect(money.id).toBe("remit-inflow");
      expect(money.text.startsWith(from)).toBe(true);
      expect(money.end).toBe(text.indexOf(group) + group.length);
    }
  });

  it("leaves a group alone with no transfer word right before it", () => {
    const count = "يبلغ عدد المصريين في الخارج 10 ملايين";
    const group = at(count, "المصريين في الخارج", "stock-emigrants");
    expect(withRemittanceOwner(count, group)).toBe(group);
    const far = "Переводы выросли. Число трудовых мигрантов упало до 2 млн";
    const workers = at(far, "трудовых мигрантов", "stock-migrant-workers");
    expect(withRemittanceOwner(far, workers)).toBe(workers);
  });
});
