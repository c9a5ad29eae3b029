import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "../i18n/index";
import { shownName, type NameKind } from "./display-names";
import { catalogue } from "./testing/scan-fixture";

describe("content names in the pane's language", () => {
  it("names indicators, sections, gap types, statuses and breakdowns in every UI language", () => {
    const samples: [NameKind, string][] = [
      ["indicator", catalogue.indicators[0]?.id ?? ""],
      ["section", "A.1"],
      ["theme", catalogue.policyThemes[0]?.id ?? ""],
      ["gapType", "disaggregation"],
      ["elementStatus", "partly-met"],
      ["availability", "none"],
      ["priority", "high"],
      ["dimension", "migratory-status"],
    ];
    for (const [kind, id] of samples) {
      const english = shownName(catalogue, kind, id, "en").text;
      for (const lang of UI_LANGUAGES.filter((l) => l !== "en")) {
        const name = shownName(catalogue, kind, id, lang);
        expect(name.fallback, `${kind} ${id} ${lang}`).toBe(false);
        expect(name.lang).toBe(lang);
        expect(name.text, `${kind} ${id} ${lang}`).not.toBe(english);
      }
    }
    expect(shownName(catalogue, "elementStatus", "not-met", "ru").text).toMatch(/[а-я]/);
  });

  it("shows an unknown ID as itself, marked as a fallback", () => {
    expect(shownName(catalogue, "indicator", "no-such-indicator", "fr")).toMatchObject({
      text: "no-such-indicator",
      fallback: true,
    });
  });
});
