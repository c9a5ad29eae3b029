import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { countryCodesOf } from "./country-codes";
import { lookupPlace } from "./country-names";
import { dimensionsOfTitle } from "./announced-dimensions";
import { dimensionOfRowLabels, runsOfOtherKinds } from "./detect-dimensions";
import { detectTables } from "./detect-tables";
import { isAgeLabel, namesOneSexOnly, vocabKindsOf } from "./dimension-vocab";
import { kindNamedByHeader, kindOfCodes, kindOfHeaderedColumn } from "./header-kinds";
import { grid } from "./testing/grid";

const kindsOf = (rows: CellValue[][]) =>
  detectTables(grid(rows), { index: null })[0]?.dimensions.map((d) => d.kind);

describe("age groups as offices write them", () => {
  it("reads ranges, open ends and Eurostat codes in the seven languages", () => {
    for (const label of [
      "0-4 años",
      "De 0 a 4 años",
      "15 à 19 ans",
      "80 ans et plus",
      "65 años y más",
      "5 to 9 years",
      "от 15 до 19 лет",
      "70 лет и старше",
      "100+",
      "Y15-19",
      "Y_GE65",
    ])
      expect(isAgeLabel(label), label).toBe(true);
  });
  it("leaves periods, durations and counts alone", () => {
    for (const label of [
      "1950-1955",
      "2010-2015",
      "Less than 1 year",
      "More than 5 years",
      "Total",
    ])
      expect(isAgeLabel(label), label).toBe(false);
  });
  it("reads who is counted, then their age, as an age group, not a duration", () => {
    for (const label of [
      "Población de 20 años y más",
      "Population aged 15-64",
      "Population âgée de 15 à 24 ans",
      "Население в возрасте 65 лет и старше",
      "Personas de 0 a 14 años",
    ])
      expect(vocabKindsOf(label), label).toEqual(["age"]);
    expect(vocabKindsOf("More than 6 months")).toEqual(["duration"]);
    expect(vocabKindsOf("Residents of 2 years and more")).toEqual(["duration"]);
  });
  it("reads a sex word and an age group in one label as both", () => {
    expect(vocabKindsOf("Males 15-24")).toEqual(["sex", "age"]);
    expect(vocabKindsOf("Femmes de 15 à 24 ans")).toEqual(["sex", "age"]);
  });
});

describe("sex and urban–rural categories", () => {
  it("knows the words in more languages and forms", () => {
    for (const label of ["Varón", "Femenino", "Niñas", "Garçons", "Мужчина", "Мушкарци", "الإناث"])
      expect(vocabKindsOf(label), label).toContain("sex");
    for (const label of ["Urbana", "Rurale", "Сельская", "Градско", "ريفي"])
      expect(vocabKindsOf(label), label).toContain("urban-rural");
  });
  it("reads more code pairs, SDMX special codes aside", () => {
    expect(kindOfCodes(["H", "F"])).toBe("sex");
    expect(kindOfCodes(["M", "Ž"])).toBe("sex");
    expect(kindOfCodes(["B", "F"])).toBe("sex");
    expect(kindOfCodes(["F", "M", "_T", "_Z"])).toBe("sex");
    expect(kindOfCodes(["Г", "С"])).toBe("urban-rural");
  });
  it("is no sex breakdown when every label names the same sex", () => {
    expect(namesOneSexOnly(["Femmes immigrantes", "Femmes de 15 à 24 ans"])).toBe(true);
    expect(namesOneSexOnly(["Men", "Women"])).toBe(false);
    expect(namesOneSexOnly(["Both sexes", "Female"])).toBe(false);
    const d = dimensionOfRowLabels(
      { header: "", values: ["Femmes immigrantes", "Femmes célibataires", "Femmes LGBTQ2"] },
      "",
    );
    expect(d?.kind).not.toBe("sex");
  });
});

describe("breakdowns of long-format columns", () => {
  it("reads a migratory-status column by its header, codes and all", () => {
    expect(kindNamedByHeader("Migratory status")).toBe("migratory-status");
    expect(kindOfHeaderedColumn("Migratory status", ["_T", "NONMIG", "MIGPER"])).toBe(
      "migratory-status",
    );
    expect(kindNamedByHeader("Старост")).toBe("age");
    expect(kindNamedByHeader("State")).toBe("region");
    expect(kindNamedByHeader("Member State")).toBeUndefined();
  });

  it("reads a column of ISO country codes as countries", () => {
    const codes = ["AT", "BE", "BG", "CY", "CZ", "DE", "EL", "EU27_2020"];
    expect(countryCodesOf(codes)).toHaveLength(7);
    expect(countryCodesOf(["AT", "BE", "XX1", "YY2", "ZZ3"])).toBeUndefined();
    const rows: CellValue[][] = [["geo", 2016, 2017]];
    for (const c of codes) rows.push([c, 100, 200]);
    expect(kindsOf(rows)).toEqual(["country", "time"]);
  });

  it("finds a run of age groups and of sexes in a mixed category column", () => {
    const values = [
      "Afghanistan",
      "Iran",
      "Eritrea",
      "Syria",
      "Iraq",
      "Pakistan",
      "Under 18",
      "18-29",
      "30-49",
      "70+",
      "Female",
      "Male",
    ];
    const main = dimensionOfRowLabels({ header: "Category", values }, "");
    expect(main?.kind).toBe("country");
    expect(runsOfOtherKinds(values, main).map((d) => d.kind)).toEqual(["age", "sex"]);
    // Two age labels make no run; nor does a lone "Female".
    expect(runsOfOtherKinds(["Syria", "Iraq", "Iran", "18-29", "30-49", "Female"], main)).toEqual(
      [],
    );
  });

  it("reads world regions in other languages as aggregates of countries", () => {
    expect(lookupPlace("Afrique subsaharienne")).toEqual({ kind: "aggregate" });
    expect(lookupPlace("Asie de l'Est")).toEqual({ kind: "aggregate" });
    expect(lookupPlace("Amériques")).toEqual({ kind: "aggregate" });
    expect(lookupPlace("Salta")).toBeUndefined();
  });
});

describe("categories across the columns, one set per year", () => {
  // INE–Sermig (Chile): each header cell names a category and its year ("Venezuela\n2018").
  const years = [2018, 2019, 2020];
  const regions = ["Total País", "Arica y Parinacota", "Tarapacá", "Antofagasta", "Atacama"];
  const body = (width: number) =>
    regions.map((r, i) => [r, ...Array.from({ length: width }, (_, c) => 1000 + i * 97 + c * 13)]);

  it("reads countries named with their year as a country breakdown", () => {
    const countries = ["Total", "Venezuela", "Perú", "Colombia", "Haití"];
    const header = years.flatMap((y) => countries.map((c) => `${c}\n${y}`));
    expect(kindsOf([["Región", ...header], ...body(header.length)])).toContain("country");
  });

  it("needs two categories, not one category in several years", () => {
    const header = years.flatMap((y) => [`${y}\nInmigrantes`, `${y}\nTotal`]);
    expect(kindsOf([["Región", ...header], ...body(header.length)])).not.toContain(
      "migratory-status",
    );
  });

  it("is no status breakdown when every label names the same group", () => {
    const header = years.flatMap((y) => [
      `${y}\npoblación irregular`,
      `${y}\npoblación extranjera total`,
      `${y}\nPorcentaje sobre población extranjera total`,
    ]);
    expect(kindsOf([["Región", ...header], ...body(header.length)])).not.toContain(
      "migratory-status",
    );
    const split = years.flatMap((y) => [`${y}\nNacionales`, `${y}\nExtranjeros`]);
    expect(kindsOf([["Región", ...split], ...body(split.length)])).toContain("migratory-status");
  });

  it("reads children and adults counted per year as an age breakdown", () => {
    const header = years.flatMap((y) => [
      `Población NNA\n${y}`,
      `Población de 20 años y más\n${y}`,
    ]);
    const kinds = kindsOf([["Región", ...header], ...body(header.length)]);
    expect(kinds).toContain("age");
    expect(kinds).not.toContain("duration");
  });
});

describe("places with their office's codes and groupings", () => {
  it("reads units written after their code under a region header", () => {
    const units = ["11 Seoul", "26 Busan", "27 Daegu", "41 Gyeonggi-do", "42 Gangwon-do"];
    expect(kindOfHeaderedColumn("B By district to move-out", units)).toBe("region");
    expect(kindOfHeaderedColumn("Provincia", ["01 - Almería", "11 - Cádiz"])).toBe(undefined);
    expect(kindOfHeaderedColumn("Provincia", ["España", "01 - Almería", "11 - Cádiz"])).toBe(
      "region",
    );
  });

  it("reads a yearbook's provinces under its header, kept apart from the body by a blank row", () => {
    // The 1916 Yearbook of Russia as transcribed: "губ", then arrivals and departures per period.
    const rows: CellValue[][] = [
      ["губ", "прибытие\n1896-1910", "прибытие\n1911-1915", "прибытие\n1916", "убытие\n1916"],
      [],
    ];
    for (const [i, p] of [
      "Оренбургская",
      "Пермская",
      "Самарская",
      "Симбирская",
      "Уфимская",
    ].entries())
      rows.push([p, 99_591 - i * 9_013, 12_802 - i * 977, 27 + i * 5, 24 + i * 3]);
    const [t] = detectTables(grid(rows), { index: null });
    expect(t?.range).toBe("A1:E7");
    expect(t?.dimensions.map((d) => d.kind)).toEqual(["region", "time"]);
    expect([t?.periods.first, t?.periods.last]).toEqual(["1896", "1916"]);
    // A lone title over a blank row stays a title, not a header.
    const titled: CellValue[][] = [["Прибытие переселенцев"], [], ...rows.slice(2)];
    expect(detectTables(grid(titled), { index: null })[0]?.headerRows).toEqual([]);
  });

  it("takes world-region columns beside countries for their grouping, not a breakdown", () => {
    const rows: CellValue[][] = [["Major area", "Country", "2013", "2014"]];
    const pairs: [string, string][] = [
      ["Asia", "Afghanistan"],
      ["Europe", "Albania"],
      ["Africa", "Algeria"],
      ["Asia", "Armenia"],
      ["Oceania", "Australia"],
    ];
    for (const [i, [area, country]] of pairs.entries())
      rows.push([area, country, 1200 + i * 37, 1310 + i * 41]);
    const dims = detectTables(grid(rows), { index: null })[0]?.dimensions ?? [];
    expect(dims.filter((d) => d.kind === "country").map((d) => d.examples[0])).toEqual([
      "Afghanistan",
    ]);
    // Alone, world regions still make a country breakdown (aggregated).
    expect(kindsOf([["Major area", "2013"], ...pairs.map(([a], i) => [a, 100 + i * 7])])).toContain(
      "country",
    );
  });
});

describe("breakdowns a title announces", () => {
  const kinds = (title: string) => dimensionsOfTitle(title).map((d) => d.kind);
  it("reads a reason breakdown only where the title breaks down by it", () => {
    expect(kinds("Immigrants by reason for migration and sex")).toEqual(["sex", "reason"]);
    expect(kinds("Entradas de extranjeros por motivo del viaje")).toEqual(["reason"]);
    expect(kinds("Premiers permis par motif")).toEqual(["reason"]);
    // One reason, fixed by the title: what is counted, not a breakdown.
    expect(
      kinds("Work permit holders for Humanitarian and Compassionate purposes by country"),
    ).toEqual([]);
  });
});
