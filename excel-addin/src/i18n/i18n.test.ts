import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "./en";
import { MESSAGES, UI_LANGUAGES, pickLanguage, translator } from "./index";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI languages", () => {
  it("follows Office's or the browser's language tag, falling back to English", () => {
    expect(pickLanguage("fr-FR")).toBe("fr");
    expect(pickLanguage("es-419")).toBe("es");
    expect(pickLanguage("RU")).toBe("ru");
    expect(pickLanguage("de-DE")).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
  });

  it("gives every language every key with the same placeholders as English", () => {
    for (const language of UI_LANGUAGES) {
      for (const key of Object.keys(en) as MessageKey[]) {
        const text = MESSAGES[language][key];
        expect(text.trim(), `${language}.${key}`).not.toBe("");
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(en[key]));
      }
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator("ru");
    expect(t("tablesFoundIn", { file: "a.xlsx" })).toBe("Найдено таблиц в a.xlsx");
    expect(translator("en")("sheetRange", { sheet: "S" })).toBe("Sheet S, cells {range}");
  });
});
