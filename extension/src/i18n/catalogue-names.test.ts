import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import { breakdownList, dimensionName, indicatorName } from "./catalogue-names";

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

describe("breakdown names in the UI language", () => {
  test("come from the catalogue's dimension names, lower-cased inside a sentence", () => {
    expect(breakdownList(["sex", "country"], "en")).toBe("sex, country");
    expect(breakdownList(["sex", "country"], "fr")).toBe("sexe, pays");
    expect(breakdownList(["sex", "age"], "ru")).toBe("пол, возраст");
    expect(breakdownList(["sex"], "ar")).toBe("الجنس");
    expect(breakdownList([], "es")).toBe("");
    expect(dimensionName("age", "es")).toEqual({ text: "Edad", lang: "es", fallback: false });
  });
});
