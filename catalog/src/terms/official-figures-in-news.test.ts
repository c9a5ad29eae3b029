import { createMentionMatcher } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "../bundled/bundled-catalogue";

const mentions = (lang: "ru" | "ar" | "es", text: string) =>
  createMentionMatcher(getCatalogueIndex(), { lang })
    .findMentions(text)
    .map((m) => `${m.text}→${m.id}`);

describe("official figures as the press words them", () => {
  it("reads Russian predicates of asylum grants and claims", () => {
    expect(mentions("ru", "2712 человек получили временное убежище")).toEqual([
      "получили временное убежище→flow-asylum-decisions",
    ]);
    expect(mentions("ru", "223 тыс. украинцев обратились за статусом беженца")).toEqual([
      "обратились за статусом беженца→flow-asylum-applications",
    ]);
    // The persons who hold it stay a stock.
    expect(mentions("ru", "лица, получившие временное убежище")).toEqual([
      "лица, получившие временное убежище→stock-refugees-hosted",
    ]);
  });

  it("reads Russia's work patents as work permits, with no migrant word beside them", () => {
    expect(mentions("ru", "за прошлый год было выдано 2 221 826 патентов на работу")).toEqual([
      "патентов на работу→flow-work-permits",
    ]);
  });

  it("reads the Spanish predicate of asylum claims, and leaves the applicants as they were", () => {
    expect(mentions("es", "118.842 personas solicitaron asilo en España")).toEqual([
      "solicitaron asilo→flow-asylum-applications",
    ]);
    expect(mentions("es", "los solicitantes de asilo")).toEqual([
      "solicitantes de asilo→stock-asylum-seekers",
    ]);
  });

  it("reads Ukraine's internal resettlers as internally displaced, an adjective before them too", () => {
    expect(mentions("ru", "610,4 тысяч вынужденных внутренних переселенцев")).toEqual([
      "внутренних переселенцев→stock-idps",
    ]);
  });

  it("reads the colloquial Arabic 'illegal migrants'", () => {
    expect(mentions("ar", "عدد المهاجرين غير الشرعيين حوالي 50 مليونا")).toEqual([
      "المهاجرين غير الشرعيين→stock-irregular-migrants",
    ]);
  });
});
