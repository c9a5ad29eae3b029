import { describe, expect, test } from "vitest";
import { en } from "./en";
import { MESSAGES, pickUiLanguage, textDirection, translator, UI_LANGUAGES } from "./index";

describe("extension UI languages", () => {
  test("every language fills every key, with the same placeholders as English", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of UI_LANGUAGES) {
      for (const [key, english] of Object.entries(en)) {
        const text = MESSAGES[language][key as keyof typeof en];
        expect(text.trim(), `${language}.${key}`).not.toBe("");
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  test("other languages are translated, not copied from English", () => {
    for (const language of UI_LANGUAGES.filter((l) => l !== "en")) {
      const same = Object.entries(en).filter(
        ([key, text]) => MESSAGES[language][key as keyof typeof en] === text,
      );
      // Names and format labels may stay the same (Gapmap, Format, Notes…); prose may not.
      expect(same.length, language).toBeLessThan(8);
    }
  });

  test("follows the browser's language tag and falls back to English", () => {
    expect(pickUiLanguage("ar-JO")).toBe("ar");
    expect(pickUiLanguage("fr_CA")).toBe("fr");
    expect(pickUiLanguage("de-DE")).toBe("en");
    expect(pickUiLanguage(undefined)).toBe("en");
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ru")).toBe("ltr");
    expect(translator("fr")("indicatorsHeading", { count: 3 })).toBe("Indicateurs (3)");
  });
});
