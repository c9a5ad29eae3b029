import { describe, expect, it } from "vitest";
import { demonymCountry } from "./country-demonyms";
import { dimensionOfRowLabels, dimensionsOfColumns, runsOfOtherKinds } from "./detect-dimensions";

describe("nationality words as countries", () => {
  it.each([
    ["Mexican aliens", "MX"],
    ["Venezolanas", "VE"],
    ["Haitianos", "HT"],
    ["Hondureños", "HN"],
    ["Guatemaltecos", "GT"],
    ["Marocains", "MA"],
    ["Algériens", "DZ"],
    ["украинцы", "UA"],
    ["граждане Узбекистана", "UZ"],
    ["Sri Lankans", "LK"],
    ["Ucraineni", "UA"],
    ["Peruvian nationals", "PE"],
  ])("reads %s as %s", (label, code) => {
    expect(demonymCountry(label)).toBe(code);
  });

  it.each([
    "Other aliens",
    "Non-Saudis",
    "Indicator",
    "Population",
    "Units",
    "Seeking employment",
    "Foreigners",
    "St Albans",
    "Источник:",
    "Antofagasta",
    "Омская",
    "Cooks",
  ])("reads %s as no nationality", (label) => {
    expect(demonymCountry(label)).toBeUndefined();
  });
});

describe("nationality words in breakdowns", () => {
  it("makes a column of nationalities a country breakdown by citizenship", () => {
    const d = dimensionOfRowLabels(
      { header: "", values: ["Venezolanos", "Peruanos", "Haitianos", "Colombianos", "Otros"] },
      "",
    );
    expect(d).toMatchObject({ kind: "country", role: "citizenship" });
  });

  it("leaves a column of languages or ethnic groups alone", () => {
    const values = ["Chinese", "Filipino", "Korean", "Japanese", "Black", "Arab"];
    expect(dimensionOfRowLabels({ header: "Visible minority", values }, "")?.kind).not.toBe(
      "country",
    );
    expect(dimensionOfRowLabels({ header: "Mother tongue", values }, "")?.kind).not.toBe("country");
  });

  it("finds nationals of two countries apart in a mixed column", () => {
    const values = [
      "Deportable aliens located",
      "Mexican aliens",
      "Working in agriculture",
      "Seeking employment",
      "Canadian aliens",
      "Other aliens",
    ];
    expect(runsOfOtherKinds(values, undefined)).toContainEqual(
      expect.objectContaining({ kind: "country", role: "citizenship" }),
    );
    // Bare nationality words among other rows may be groups or languages.
    expect(
      runsOfOtherKinds(["Total", "Chinese", "Arabe", "Not a visible minority"], undefined).map(
        (d) => d.kind,
      ),
    ).not.toContain("country");
  });

  it("reads nationalities across the columns, but not their complement", () => {
    const cols = (leaves: string[]) =>
      dimensionsOfColumns(
        leaves.map((leaf) => ({ parts: [leaf], leaf })),
        "",
      ).map((d) => d.kind);
    expect(cols(["Mexicans", "Guatemalans", "Hondurans", "Salvadorans"])).toContain("country");
    expect(cols(["Population", "Saudis", "Non-Saudis", "Share"])).not.toContain("country");
  });
});
