import { describe, expect, it } from "vitest";
import { searchCatalogue } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";
import { serbianSdgTitleTerms } from "./serbian-sdg-titles";

const top = (q: string) => searchCatalogue(getCatalogueIndex(), q, { limit: 1 })[0]?.id;

describe("Serbian SDG titles of Republika Srpska's statistics institute", () => {
  it("name their indicator in either script", () => {
    expect(top("Obim doznaka (u američkim dolarima) kao udio u ukupnom BDP-u")).toBe(
      "remit-inflow-gdp",
    );
    expect(top("Удио становништва избјеглица, према земљи поријекла")).toBe(
      "stock-refugees-abroad",
    );
    expect(top("Трошкови дознака као пропорција дозначеног износа")).toBe("remit-cost");
  });

  it("are Serbian ijekavian, one in each script, beside the Montenegrin stand-in", () => {
    for (const [id, byLang] of Object.entries(serbianSdgTitleTerms)) {
      const texts = (byLang.sr ?? []).map((t) => (typeof t === "string" ? t : t.text));
      expect(
        texts.filter((t) => /[a-zčćšžđ]/i.test(t)),
        id,
      ).toHaveLength(1);
      expect(
        texts.filter((t) => /^[^a-z]*[а-яђјљњћџ]/i.test(t)),
        id,
      ).toHaveLength(1);
      // A Latin letter inside a Cyrillic title would break matching silently.
      const cyr = texts.find((t) => /[а-я]/i.test(t)) ?? "";
      expect(cyr.replace(/ILO/g, ""), id).not.toMatch(/[a-z]/i);
      const sources = getCatalogue()
        .indicators.find((i) => i.id === id)
        ?.synonyms.filter((s) => s.lang === "sr" && s.variant === "ijekavian")
        .map((s) => s.source ?? "")
        .join(" ");
      expect(sources, id).toMatch(/Republika Srpska/);
      expect(sources, id).toMatch(/CNR/);
    }
  });
});
