import { describe, expect, it } from "vitest";
import { createMentionMatcher, type Language } from "@gapmap/core";
import { getCatalogue, getCatalogueIndex } from "../index";

/** The indicators a page in `lang` mentions, with the words found. */
function mentions(lang: Language, text: string): string[] {
  const matcher = createMentionMatcher(getCatalogueIndex(), { lang });
  return matcher.findMentions(text).map((m) => `${m.id}:${m.text}`);
}

describe("short phrases of official prose", () => {
  it("find international migrants as UN releases write them, in any case form", () => {
    expect(mentions("fr", "environ la moitié des migrants internationaux résident")).toEqual([
      "stock-immigrants:migrants internationaux",
    ]);
    expect(mentions("ru", "стали международными мигрантами")).toEqual([
      "stock-immigrants:международными мигрантами",
    ]);
    expect(mentions("ar", "يعيش أكبر عدد من المهاجرين الدوليين في الولايات المتحدة")).toEqual([
      expect.stringMatching(/^stock-immigrants:.*المهاجرين الدوليين$/),
    ]);
  });

  it("find asylum claims, permits and displacement in a headline's own words", () => {
    expect(mentions("en", "Asylum requests in Europe 1986-2014")).toEqual([
      "flow-asylum-applications:Asylum requests",
    ]);
    expect(mentions("es", "A la baja solicitudes de refugio en México")).toEqual([
      "flow-asylum-applications:solicitudes de refugio",
    ]);
    expect(mentions("fr", "le type de permis de séjour des étrangers")[0]).toMatch(
      /^(stock-permit-holders|flow-residence-permits):permis de séjour$/,
    );
    expect(mentions("sr", "Od ukupnog broja tražilaca azila bilo je 302 muškaraca")[0]).toMatch(
      /^(stock-asylum-seekers|flow-asylum-applications):tražilaca azila$/,
    );
  });

  it("keep words that name a flow and a stock alike ambiguous, with the source read", () => {
    for (const id of ["flow-residence-permits", "stock-permit-holders"]) {
      const term = getCatalogue()
        .indicators.find((i) => i.id === id)
        ?.synonyms.find((s) => s.lang === "fr" && s.text === "permis de séjour");
      expect(term, id).toMatchObject({ ambiguous: true, status: "verified" });
      expect(term?.source, id).toMatch(/\S{3}/);
    }
  });
});
