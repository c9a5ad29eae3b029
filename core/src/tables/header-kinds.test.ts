import { describe, expect, it } from "vitest";
import {
  isIndicatorHeader,
  kindNamedByHeader,
  kindOfCodes,
  kindOfHeaderedColumn,
} from "./header-kinds";

describe("coded categories", () => {
  it("reads M/F, H/M and Cyrillic М/Ж as sex and U/R as urban–rural, totals aside", () => {
    expect(kindOfCodes(["M", "F", "T"])).toBe("sex");
    expect(kindOfCodes(["H", "M", "Total"])).toBe("sex");
    expect(kindOfCodes(["М", "Ж"])).toBe("sex");
    expect(kindOfCodes(["U", "R"])).toBe("urban-rural");
  });
  it("leaves other short codes alone", () => {
    expect(kindOfCodes(["M", "X"])).toBeUndefined();
    expect(kindOfCodes(["F"])).toBeUndefined();
    expect(kindOfCodes(["ARG", "BOL"])).toBeUndefined();
  });
});

describe("breakdowns named by the header of a long-format column", () => {
  it("names the kind in several languages", () => {
    expect(kindNamedByHeader("Sexo")).toBe("sex");
    expect(kindNamedByHeader("Age group")).toBe("age");
    expect(kindNamedByHeader("Periodo")).toBe("time");
    expect(kindNamedByHeader("provincia")).toBe("region");
    expect(kindNamedByHeader("Oblast")).toBe("region");
    expect(kindNamedByHeader("Sector económico")).toBe("occupation");
    expect(kindNamedByHeader("Total")).toBeUndefined();
  });
  it("reads sub-national units from many distinct place-like names under a region header", () => {
    const provinces = ["Salta", "Jujuy", "Tucumán", "Chaco", "Misiones", "Neuquén", "Total"];
    expect(kindOfHeaderedColumn("provincia", provinces)).toBe("region");
    expect(kindOfHeaderedColumn("Département", ["Ain", "Aisne", "Allier", "Ardèche", "Aube"])).toBe(
      "region",
    );
  });
  it("wants enough of them, and place-like ones", () => {
    expect(kindOfHeaderedColumn("Region", ["Apples", "Wheat"])).toBeUndefined();
    expect(
      kindOfHeaderedColumn("Region", ["65 and over", "Urban", "Rural", "2021M02", "Males", "X1"]),
    ).toBeUndefined();
  });
  it("reads a nationality column of a few non-country categories as migratory status", () => {
    expect(
      kindOfHeaderedColumn("Nacionalidad", [
        "Total",
        "Española",
        "Extranjera",
        "Doble nacionalidad",
      ]),
    ).toBe("migratory-status");
  });
  it("needs two categories that are not totals", () => {
    expect(kindOfHeaderedColumn("Sexo", ["Ambos sexos"])).toBeUndefined();
    expect(kindOfHeaderedColumn("Sexo", ["Total", "Varones"])).toBeUndefined();
  });
});

describe("indicator columns", () => {
  it("recognises World Bank, SDMX and UN headers in several languages", () => {
    for (const h of [
      "Indicator Name",
      "Nombre del indicador",
      "Indicateur",
      "INDICATOR",
      "SeriesDescription",
      "Показатель",
    ])
      expect(isIndicatorHeader(h), h).toBe(true);
    expect(isIndicatorHeader("Country Name")).toBe(false);
  });
});
