import { describe, expect, test } from "vitest";
import { indicatorName } from "./catalogue-names";

describe("indicator names in the UI language", () => {
  test("come from the catalogue's display names, English marked where a language is missing", () => {
    const en = indicatorName("flow-asylum-applications", "en");
    expect(en).toMatchObject({ lang: "en", fallback: false });
    for (const language of ["fr", "es", "ru", "ar"] as const) {
      const name = indicatorName("flow-asylum-applications", language);
      if (name.fallback) expect(name).toEqual({ ...en, fallback: true });
      else {
        expect(name.lang).toBe(language);
        expect(name.text).not.toBe(en.text);
      }
    }
    expect(indicatorName("no-such-indicator", "fr")).toEqual({
      text: "no-such-indicator",
      lang: "en",
      fallback: true,
    });
  });
});
