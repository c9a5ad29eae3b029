import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import { buildTermIndex } from "../search/term-index";
import { testIndicator } from "../search/testing/test-indicator";
import { normalizeText } from "../text/normalize";
import { loneLabelWord, loneWordIndicators } from "./lone-label-word";
import { matchIndicators, MIN_INDICATOR_SCORE } from "./match-indicators";

describe("loneLabelWord", () => {
  it.each([
    ["Europe comparison - applications", "applications"],
    ["applications - by nation year end dec 2023", "applications"],
    ["waiting - by nationality Dec 23", "waiting"],
    ["residencias_4_2019", "residencias"],
    ["residencias_totales_2019", "residencias"],
    ["2a - Arrivals from Ukraine Dec 23", "arrivals"],
    ["Solicitudes por provincia (2021)", "solicitudes"],
    ["Ходатайства по регионам, 2022", "ходатайства"],
    ["Population", "population"],
    // A place breakdown named without "by".
    ["remesas_entidad", "remesas"],
    ["applications_nationality_2023", "applications"],
  ])("finds the one measure word of %j", (label, word) => {
    expect(loneLabelWord(label)).toBe(normalizeText(word));
  });

  it.each([
    // A second word says what is counted: the first is not alone.
    "2b - detention - cost per day Dec 23",
    "people supported by country of origin dec 2023",
    "delitos_sexuales_nacionalidad",
    "average-density",
    "EMPL_HIRE_NUM_TH",
    // Nothing but a place and a period.
    "Germany 2020",
    "Data",
  ])("finds none in %j", (label) => {
    expect(loneLabelWord(label)).toBeUndefined();
  });
});

function indicator(id: string, name: string, shorthand?: Record<string, string[]>) {
  return indicatorSchema.parse({
    ...testIndicator(id, { en: [name] }),
    ...(shorthand ? { shorthand } : {}),
  });
}

const index = buildTermIndex([
  indicator("flow-asylum-applications", "Asylum applications", {
    en: ["applications"],
    es: ["solicitudes"],
  }),
  indicator("flow-immigration", "Immigration flow", { en: ["arrivals"] }),
  indicator("flow-detention", "Immigration detention"),
]);

describe("shorthand as a table's lone word", () => {
  it("names the indicator by spelling or inflection, in the term's language", () => {
    expect(loneWordIndicators(index, "Application - by sex").map((m) => m.indicatorId)).toEqual([
      "flow-asylum-applications",
    ]);
    expect(loneWordIndicators(index, "solicitud_2020").map((m) => m.indicatorId)).toEqual([
      "flow-asylum-applications",
    ]);
  });

  it("reports a table named by its shorthand, from the sheet, above the threshold", () => {
    const found = matchIndicators(index, [{ where: "sheet", text: "applications - by category" }]);
    expect(found.map((m) => m.id)).toEqual(["flow-asylum-applications"]);
    expect(found[0]?.score).toBeGreaterThanOrEqual(MIN_INDICATOR_SCORE);
    expect(found[0]?.evidence[0]?.matched).toBe("applications");
  });

  it("infers nothing from a shorthand word inside a longer name or in a header", () => {
    expect(
      matchIndicators(index, [{ where: "sheet", text: "applications processing cost" }]),
    ).toEqual([]);
    expect(matchIndicators(index, [{ where: "header", text: "Applications" }])).toEqual([]);
  });

  it("ranks a phrase above a lone shorthand word", () => {
    const found = matchIndicators(index, [
      { where: "sheet", text: "arrivals" },
      { where: "title", text: "Asylum applications by nationality" },
    ]);
    expect(found[0]?.id).toBe("flow-asylum-applications");
  });
});
