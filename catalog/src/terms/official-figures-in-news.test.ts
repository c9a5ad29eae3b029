import { createMentionMatcher } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "../bundled/bundled-catalogue";

const mentions = (lang: "ru" | "ar", text: string) =>
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
