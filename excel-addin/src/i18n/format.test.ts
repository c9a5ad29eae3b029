import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatNumber, labelled } from "./format";
import { initialLanguage, LANGUAGE_STORAGE_KEY, MESSAGES, saveLanguage, translator } from "./index";
import { memoryStorage } from "../testing/memory-storage";

describe("punctuation and numbers", () => {
  it("puts French's no-break space before a colon, in messages and in labels", () => {
    expect(labelled("fr", "Années", "2016")).toBe("Années\u202f: 2016");
    expect(labelled("en", "Years", "2016")).toBe("Years: 2016");
    const fr = translator("fr");
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const text = fr(key);
      expect(text, key).not.toMatch(/[^\u202f]:(?!\/)/);
    }
    expect(MESSAGES.fr.webModeNote).toContain(" :");
    expect(fr("webModeNote")).toContain("\u202f:");
  });

  it("formats numbers the language's way", () => {
    expect(formatNumber("fr", 1234)).toBe("1\u202f234");
    expect(formatNumber("en", 1234)).toBe("1,234");
    expect(formatNumber("ru", 1234)).toBe("1\u00a0234");
  });
});

describe("the pane's language", () => {
  it("follows Office's display language until the user picks one, then keeps that choice", () => {
    const storage = memoryStorage();
    expect(initialLanguage("ru-RU", storage)).toBe("ru");
    saveLanguage("es", storage);
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe("es");
    expect(initialLanguage("ru-RU", storage)).toBe("es");
    storage.setItem(LANGUAGE_STORAGE_KEY, "klingon");
    expect(initialLanguage("fr-CA", storage)).toBe("fr");
    expect(initialLanguage("fr-CA", undefined)).toBe("fr");
  });
});
