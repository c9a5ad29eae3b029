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
  it("treats ё as е, as Russian print does", () => {
    expect(tokenize("Учёт мигрантов")).toEqual(["учет", "мигрантов"]);
  });
});
