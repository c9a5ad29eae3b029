import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import {
  characteristicsBreakdowns,
  isNutsCodeColumn,
  isUnnamedRegionColumn,
} from "./characteristics-column";
import { detectTables } from "./detect-tables";
import { dimensionOfRowLabels, runsOfOtherKinds } from "./detect-dimensions";
import { grid } from "./testing/grid";

const kindsOf = (dims: readonly { kind: string }[] | undefined) =>
  (dims ?? []).map((d) => d.kind).sort();

// Statistics Canada's SDG 5.2.1 in French: several breakdowns stacked in one label column.
const SELECTED = [
  "Total, toutes les femmes",
  "Femmes de 15 à 24 ans",
  "Femmes séparées ou divorcées",
  "Femmes LGBTQ2",
  "Femmes célibataires",
  "Femmes ayant une incapacité",
  "Femmes immigrantes",
  "Femmes désignées comme minorités visibles",
];
const PROVINCES = [
  "Canada",
  "Terre-Neuve-et-Labrador",
  "Île-du-Prince-Édouard",
  "Nouvelle-Écosse",
  "Nouveau-Brunswick",
  "Québec",
  "Ontario",
  "Manitoba",
  "Saskatchewan",
];

describe("selected characteristics", () => {
  it("reads each kind one label of the list names as a breakdown, not the one sex all share", () => {
    expect(kindsOf(characteristicsBreakdowns("Caractéristiques sélectionnées", SELECTED))).toEqual([
      "age",
      "migratory-status",
    ]);
    expect(
      kindsOf(
        characteristicsBreakdowns("Selected characteristics", [
          "Total",
          "Men",
          "Women",
          "Aged 15 to 24",
          "Immigrants",
          "Non-immigrants",
        ]),
      ),
    ).toEqual(["age", "migratory-status", "sex"]);
  });

  it("leaves a column under another header to the ordinary rules", () => {
    expect(characteristicsBreakdowns("Type de violence", SELECTED)).toBeUndefined();
  });

  it("gives the table of such a list its breakdowns", () => {
    const rows: CellValue[][] = [["Year", "Caractéristiques sélectionnées", "Value"]];
    const shares = [12.1, 29, 20, 20, 19, 16, 10, 9];
    for (const [i, label] of SELECTED.entries()) rows.push([2018, label, shares[i] ?? null]);
    const [t] = detectTables(grid(rows), { index: null });
    expect(kindsOf(t?.dimensions)).toEqual(["age", "migratory-status"]);
  });
});

describe("sub-national units under no region header", () => {
  it("reads the nation on top and many place-like names as its units", () => {
    expect(isUnnamedRegionColumn(PROVINCES)).toBe(true);
    expect(dimensionOfRowLabels({ header: "", values: PROVINCES }, "")?.kind).toBe("region");
  });

  it("asks for the nation first, no other country and enough names", () => {
    expect(isUnnamedRegionColumn(PROVINCES.slice(1))).toBe(false);
    expect(isUnnamedRegionColumn(PROVINCES.slice(0, 5))).toBe(false);
    expect(isUnnamedRegionColumn([...PROVINCES, "France"])).toBe(false);
    expect(
      isUnnamedRegionColumn([
        "Canada",
        "Asylum claimants",
        "Refugees 2019",
        "Line 7",
        "Notes (see below)",
        "Other categories: all remaining",
        "Resettled",
      ]),
    ).toBe(false);
  });

  it("does not read a nation's items as its regions", () => {
    const crops = ["France", "Wheat", "Apples", "Barley", "Maize", "Potatoes", "Grapes"];
    // A header that names the rows says what they are.
    expect(isUnnamedRegionColumn(crops, "Item")).toBe(false);
    expect(dimensionOfRowLabels({ header: "Produit", values: crops }, "")).toBeUndefined();
    // Items qualified in lower case are no place names, under no header either.
    const qualified = [
      "France",
      "Wheat and meslin",
      "Apples",
      "Barley",
      "Sugar beet",
      "Sweet potatoes",
      "Grapes",
    ];
    expect(isUnnamedRegionColumn(qualified)).toBe(false);
    // Linking words inside place names still pass, and a "where" header keeps the rule.
    expect(
      isUnnamedRegionColumn(
        [...PROVINCES, "Kingston upon Hull", "Provence-Alpes-Côte d'Azur", "Baja California Sur"],
        "Geo",
      ),
    ).toBe(true);
  });

  it("finds no regions in a nation's crop table", () => {
    const crops = ["Wheat", "Apples", "Barley", "Maize", "Potatoes", "Grapes", "Sugar beet"];
    const item: CellValue[][] = [
      ["Item", "2019", "2020"],
      ["France", 61_412, 58_903],
    ];
    for (const [i, c] of crops.entries()) item.push([c, 9_000 - i * 731, 8_700 - i * 689]);
    const [t] = detectTables(grid(item), { index: null });
    expect(kindsOf(t?.dimensions)).toEqual(["time"]);
    // The nation as a heading without values sits above the body: no nation, no regions.
    const heading: CellValue[][] = [
      ["", "2019", "2020"],
      ["France", null, null],
    ];
    for (const [i, c] of crops.entries()) heading.push([c, 9_000 - i * 731, 8_700 - i * 689]);
    for (const table of detectTables(grid(heading), { index: null }))
      expect(kindsOf(table.dimensions)).not.toContain("region");
  });

  it("reads NUTS codes of one country as its regions, not ISO codes of several", () => {
    expect(isNutsCodeColumn(["ES", "ES70", "ES70", "ES"])).toBe(true);
    expect(isNutsCodeColumn(["DE", "DE1", "DE11", "DEA"])).toBe(true);
    expect(isNutsCodeColumn(["AT", "BE", "DE", "FR"])).toBe(false);
    expect(isNutsCodeColumn(["ESP", "FRA"])).toBe(false);
    expect(isNutsCodeColumn(["ES70", "FR10"])).toBe(false);
  });

  it("needs only a few units under a region header beside a known place", () => {
    const d = dimensionOfRowLabels({ header: "Región", values: ["España", "Cantabria"] }, "");
    expect(d?.kind).toBe("region");
    expect(dimensionOfRowLabels({ header: "Región", values: ["Norte", "Sur"] }, "")).toBe(
      undefined,
    );
  });
});

describe("headers over words", () => {
  it("takes a header naming a category kind over what its values' words say", () => {
    const d = dimensionOfRowLabels(
      {
        header: "Status d'immigrant",
        values: [
          "Total, selon le statut d’immigrant",
          "Immigrants",
          "Immigrants, au Canada depuis 10 ans ou moins",
          "Immigrants, au Canada depuis plus de 10 ans",
          "Non-immigrants",
          "Résidents non permanents",
        ],
      },
      "",
    );
    expect(d?.kind).toBe("migratory-status");
  });

  it("reads no breakdown in an indicator column of long measure names", () => {
    const rows: CellValue[][] = [["Year", "Serie", "Región", "Value"]];
    for (const serie of [
      "Volumen de remesas enviadas al extranjero en proporción al PIB",
      "Volumen de remesas enviadas al extranjero",
    ])
      for (const place of ["España", "Cantabria"])
        for (const y of [2019, 2020, 2021]) rows.push([y, serie, place, 1 + y / 1000]);
    const [t] = detectTables(grid(rows), { index: null });
    expect(kindsOf(t?.dimensions)).toEqual(["region", "time"]);
  });
});

describe("Open SDG rows with many breakdown columns", () => {
  it("keeps rows of a quarter, many labels and three trailing values in one table", () => {
    const header = ["Year", "Series", "Géographie", "Genre", "Groupe d'âge", "Status d'immigrant"];
    const rows: CellValue[][] = [[...header, "Progress", "GeoCode", "Value"]];
    rows.push(["2024 Q1", "Proportion", null, null, null, null, 35.9, null, 35.9]);
    rows.push(["2024 Q2", "Proportion", null, null, null, null, null, null, 36.9]);
    for (const q of ["2024 Q1", "2024 Q2"])
      for (const place of PROVINCES)
        for (const sex of ["Hommes", "Femmes"])
          rows.push([q, "Proportion", place, sex, "15 à 24 ans", "Immigrants", 40, 11124, 40]);
    const tables = detectTables(grid(rows), { index: null });
    expect(tables.map((t) => t.range)).toEqual([`A1:I${rows.length}`]);
    expect(kindsOf(tables[0]?.dimensions)).toEqual(["region", "sex", "time"]);
  });
});

describe("breakdowns a table does not have", () => {
  it("reads no category words in series codes", () => {
    const rows: CellValue[][] = [["Year", "SERIE_TEMPORAL.Encabezado", "Value"]];
    for (const code of ["SERIE_TEMPORAL.VC_HTF_DETV", "SERIE_TEMPORAL.VC_HTF_DETVSX"])
      for (const [i, y] of [2016, 2017, 2018].entries()) rows.push([y, code, 0.42 + i / 7]);
    const [t] = detectTables(grid(rows), { index: null });
    expect(kindsOf(t?.dimensions)).toEqual(["time"]);
  });

  it("keeps years listed without a value inside a long table", () => {
    const rows: CellValue[][] = [["Year", "Domain", "Value"]];
    for (const y of [2013, 2014, 2015, 2016])
      for (const [i, d] of ["Migrant rights", "Cooperation", "Well-being"].entries())
        rows.push([y, d, y === 2014 || i === 1 ? null : 1]);
    const tables = detectTables(grid(rows), { index: null });
    expect(tables.map((t) => t.range)).toEqual([`A1:C${rows.length}`]);
    expect(tables[0]?.periods.years).toEqual([2013, 2014, 2015, 2016]);
  });

  it("drops a title's breakdown when its column holds one value all the way down", () => {
    const rows: CellValue[][] = [
      ["Frontaliers étrangers selon le sexe, les groupes d'âges et la profession"],
      [],
      ["Sexe", "Classe d'âge", "Profession", "2013 T2", "2014 T2"],
    ];
    for (const age of ["15-19 ans", "20-24 ans", "25-29 ans"])
      for (const job of ["Directeurs", "Techniciens", "Employés"])
        rows.push([
          "Sexe - Total",
          age,
          job,
          1234.5 * (rows.length % 4) + 17,
          1300.2 * (rows.length % 3) + 11,
        ]);
    const [t] = detectTables(grid(rows), { index: null });
    expect(kindsOf(t?.dimensions)).not.toContain("sex");
    expect(kindsOf(t?.dimensions)).toContain("age");
  });

  it("reads no status in 'Non asylum-related', but nationals and foreigners among countries", () => {
    expect(
      dimensionOfRowLabels({ header: "", values: ["Asylum-related", "Non asylum-related"] }, ""),
    ).toBeUndefined();
    const values = ["Total", "Suisse", "Etranger", "Allemagne", "France", "Italie", "Autriche"];
    const d = dimensionOfRowLabels({ header: "", values }, "");
    expect(d?.kind).toBe("country");
    expect(runsOfOtherKinds(values, d).map((x) => x.kind)).toEqual(["migratory-status"]);
  });
});
