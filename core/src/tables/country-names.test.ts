import { describe, expect, it } from "vitest";
import { lookupPlace } from "./country-names";
import { stripFootnoteMarkers } from "./footnote-markers";
import { isSubnationalRegion } from "./subnational-regions";

describe("stripFootnoteMarkers", () => {
  it.each([
    ["Algeria10", "Algeria"],
    ["Kosovo*", "Kosovo"],
    ["Serbia\\3", "Serbia"],
    ["Refugees 2", "Refugees"],
    ["Developed regions (b)", "Developed regions"],
    ["Under 18", "Under 18"],
  ])("%s → %s", (label, expected) => {
    expect(stripFootnoteMarkers(label)).toBe(expected);
  });
});

describe("lookupPlace", () => {
  it.each([
    ["Algeria10", "DZ"],
    ["Iran (Islamic Rep. of)", "IR"],
    ["Central African Rep.", "CF"],
    ["Dem. Rep. of the Congo", "CD"],
    ["Kosovo (S/RES/1244 (1999))", "XK"],
    ["Palestinian", "PS"],
    ["Алжир ", "DZ"],
    ["Allemagne", "DE"],
    ["Alemania", "DE"],
    ["Germania", "DE"],
    ["Nemačka", "DE"],
    ["Немачка", "DE"],
    ["ألمانيا", "DE"],
    ["Bolivia (Plurinational State of)", "BO"],
  ])("knows %s", (label, code) => {
    expect(lookupPlace(label)).toEqual({ kind: "country", code });
  });

  it("tells aggregates and non-country origins from countries", () => {
    expect(lookupPlace("  Sub-Saharan Africa")).toEqual({ kind: "aggregate" });
    expect(lookupPlace("WORLD")).toEqual({ kind: "aggregate" });
    expect(lookupPlace("Stateless")).toEqual({ kind: "non-country" });
    expect(lookupPlace("Various/unknown")).toEqual({ kind: "non-country" });
    expect(lookupPlace("Inflow")).toBeUndefined();
  });
});

describe("isSubnationalRegion", () => {
  it("knows oblasts, federal districts and Mexican states", () => {
    expect(isSubnationalRegion("Белгородская область")).toBe(true);
    expect(isSubnationalRegion("Центральный ФО")).toBe(true);
    expect(isSubnationalRegion("Veracruz de Ignacio de la Llave")).toBe(true);
    expect(isSubnationalRegion("Raionul Cahul")).toBe(true);
    expect(isSubnationalRegion("Germany")).toBe(false);
  });
});
