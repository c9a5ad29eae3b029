import { createMentionMatcher } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { getCatalogueIndex } from "../bundled/bundled-catalogue";

const mentions = (lang: "ru" | "ar" | "es" | "en", text: string) =>
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

  it("reads the Home Office's and CBP's English wording of asylum and border figures", () => {
    expect(
      mentions("en", "There were 23,702 initial decisions made on asylum applications"),
    ).toEqual([
      "initial decisions→flow-asylum-decisions",
      "asylum applications→flow-asylum-applications",
    ]);
    expect(
      mentions("en", "175,457 people waiting for an initial decision on their application"),
    ).toEqual(["waiting for an initial decision→stock-asylum-seekers"]);
    expect(mentions("en", "Small boat arrivals rose by over 20%")).toEqual([
      "Small boat arrivals→flow-irregular-entries",
    ]);
    expect(mentions("en", "46,612 arrests for illegal crossings from Mexico")).toEqual([
      "illegal crossings→flow-irregular-entries",
    ]);
    expect(mentions("en", "189,300 refugees for resettlement")).toContain(
      "resettlement→flow-resettlement",
    );
    expect(
      mentions("en", "230 million people were living outside of their countries of birth"),
    ).toEqual(["living outside of their countries of birth→stock-immigrants"]);
  });

  it("reads what people did in the period as the UK press words asylum and border figures", () => {
    expect(mentions("en", "111,084 people applied for asylum in the UK")).toEqual([
      "applied for asylum→flow-asylum-applications",
    ]);
    expect(mentions("en", "More than 100,000 people claimed asylum in the UK last year")).toEqual([
      "claimed asylum→flow-asylum-applications",
    ]);
    expect(mentions("en", "Applications for asylum in the UK rose by 9%")).toEqual([
      "Applications for asylum→flow-asylum-applications",
    ]);
    expect(mentions("en", "nearly 3,500 refugees were resettled in the past year")).toContain(
      "were resettled→flow-resettlement",
    );
    expect(mentions("en", "Border Patrol apprehended 98,977 people")).toEqual([
      "apprehended→flow-irregular-entries",
    ]);
    expect(mentions("en", "18,000 people have now crossed the Channel in small boats")).toEqual([
      "crossed the Channel in small boats→flow-irregular-entries",
    ]);
  });
});
