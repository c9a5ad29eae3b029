import { describe, expect, it } from "vitest";
import { normalizeText, tokenize } from "./normalize";

describe("normalizeText", () => {
  it("folds case, accents and Romanian comma/cedilla letters", () => {
    expect(normalizeText("Emigranți DEFINITIVI")).toBe("emigranti definitivi");
    expect(normalizeText("emigranţi")).toBe(normalizeText("emigranți"));
    expect(normalizeText("Décisions positives")).toBe("decisions positives");
  });
  it("joins words hyphenated across lines and drops punctuation", () => {
    expect(normalizeText("recog-\nnition rate")).toBe("recognition rate");
    expect(normalizeText("зарегистри-\nровано")).toBe("зарегистрировано");
    expect(normalizeText("Country/ territory")).toBe("country territory");
  });
  it("folds Arabic letter variants, vowel marks and tatweel", () => {
    expect(normalizeText("الهِجْرَة")).toBe(normalizeText("الهجره"));
    expect(normalizeText("إقامة")).toBe(normalizeText("اقامه"));
    expect(normalizeText("التحويـــلات")).toBe("التحويلات");
  });
  it("folds plain ASCII text exactly as the full Unicode path does", () => {
    const samples = [
      "Net-\n  migration (total), 2020",
      "A-\nB_c\td--e\n",
      " Stock__of\u0001MIGRANTS! ",
    ];
    for (const sample of samples) {
      // A trailing "é" sends the text down the Unicode path, where it folds to "e".
      expect(`${normalizeText(sample)} e`.trim()).toBe(normalizeText(`${sample} é`));
    }
    expect(normalizeText("Net-\n  migration (total), 2020")).toBe("netmigration total 2020");
  });
  it("treats ё as е, as Russian print does", () => {
    expect(tokenize("Учёт мигрантов")).toEqual(["учет", "мигрантов"]);
  });
});
