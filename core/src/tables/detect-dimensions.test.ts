import { describe, expect, it } from "vitest";
import { lookupPlace } from "./country-names";
import { roleFromTitle, rolesInText, type CountryRole } from "./country-roles";
import { dimensionOfRowLabels, ROW_KIND_MIN_SHARE } from "./detect-dimensions";
import { isTotalLabel, namesOneSexOnly, vocabKindsOf, type VocabKind } from "./dimension-vocab";
import { countryCodesOf } from "./country-codes";
import { isNutsCodeColumn, isUnnamedRegionColumn } from "./characteristics-column";
import { kindNamedByHeader, kindOfCodes, kindOfHeaderedColumn } from "./header-kinds";
import { parsePeriods } from "./period-parse";
import type { DetectedDimension } from "./schema";
import { isRegionHeader, isSubnationalRegion } from "./subnational-regions";

/** The straightforward reading: every test over every label, no early stop, no shared facts. */
function referenceDimension(values: readonly string[], header: string, title: string) {
  const labels = [...new Set(values)].filter((v) => !isTotalLabel(v));
  const n = labels.length;
  if (n < 2) return undefined;
  const share = (count: number) => count / n >= ROW_KIND_MIN_SHARE;
  const ex = (xs: readonly string[]) => xs.slice(0, 3);
  const role = (allowed: readonly CountryRole[]) =>
    rolesInText(header).find((r) => allowed.includes(r)) ??
    (rolesInText(header).length === 0 ? roleFromTitle(title) : undefined);
  const withRole = (d: DetectedDimension, r: CountryRole | undefined): DetectedDimension =>
    r === undefined ? d : { kind: d.kind, role: r, source: d.source, examples: d.examples };
  const regions = labels.filter(isSubnationalRegion);
  if (share(regions.length) || (isRegionHeader(header) && share(regions.length / 2)))
    return withRole(
      { kind: "region", source: "rows", examples: ex(regions) },
      role(["origin", "destination"]),
    );
  const places = labels.filter((v) => lookupPlace(v) !== undefined);
  const countries = places.filter((v) => lookupPlace(v)?.kind === "country");
  const aggregates = places.filter((v) => lookupPlace(v)?.kind === "aggregate");
  if (share(places.length) && (countries.length >= 2 || aggregates.length >= 2))
    return withRole(
      {
        kind: "country",
        source: "rows",
        examples: ex(countries.length >= 2 ? countries : aggregates),
      },
      role(["birth", "citizenship", "origin", "destination", "asylum", "partner"]),
    );
  const codes = countryCodesOf(labels);
  if (codes)
    return withRole(
      { kind: "country", source: "rows", examples: ex(codes) },
      role(["birth", "citizenship", "origin", "destination", "asylum", "partner"]),
    );
  const headerKind = kindNamedByHeader(header);
  if (
    headerKind !== undefined &&
    !["country", "region", "time"].includes(headerKind) &&
    kindOfHeaderedColumn(header, labels) === headerKind
  )
    return { kind: headerKind, source: "rows", examples: ex(labels) };
  const byKind = new Map<VocabKind, string[]>();
  for (const v of labels)
    for (const k of vocabKindsOf(v)) byKind.set(k, [...(byKind.get(k) ?? []), v]);
  for (const [kind, ls] of byKind)
    if (share(ls.length) && !(kind === "sex" && namesOneSexOnly(ls)))
      return { kind, source: "rows", examples: ex(ls) };
  const periods = labels.filter((v) => parsePeriods(v).periods.length > 0);
  if (share(periods.length)) return { kind: "time", source: "rows", examples: ex(periods) };
  // Codes and headers come last (header-kinds.test.ts tests them on their own).
  const coded = kindOfCodes(labels);
  if (coded) return { kind: coded, source: "rows", examples: ex(labels) };
  const named = kindOfHeaderedColumn(header, labels);
  if (named === "region")
    return withRole(
      { kind: named, source: "rows", examples: ex(labels) },
      role(["origin", "destination"]),
    );
  if (named === "country")
    return withRole(
      { kind: named, source: "rows", examples: ex(labels) },
      role(["birth", "citizenship", "origin", "destination", "asylum", "partner"]),
    );
  if (named !== undefined) return { kind: named, source: "rows", examples: ex(labels) };
  // characteristics-column.test.ts tests the unnamed sub-national rule on its own.
  return isUnnamedRegionColumn(labels, header) || isNutsCodeColumn(labels)
    ? withRole(
        { kind: "region", source: "rows", examples: ex(labels) },
        role(["origin", "destination"]),
      )
    : undefined;
}

const POOLS: readonly (readonly string[])[] = [
  ["France", "Germany3", "Italia", "Россия", "Algérie", "Viet Nam", "Syrian Arab Rep."],
  ["Africa", "Europe", "Other", "Stateless", "Unknown"],
  ["Волгоградская область", "Jalisco", "Nuevo León", "Sonora", "Центральный федеральный округ"],
  ["Males", "Females", "Both sexes", "0-4", "65 and over", "Urban", "Rural", "tertiary"],
  ["2019", "2020Q1", "январь 2016", "Q3 2018", "2021M02"],
  ["Total", "Всего", "World"],
  ["AT", "BE", "DE", "FR", "EL", "EU27_2020", "Women", "Girls"],
  ["Apples", "Wheat", "Ministry of Finance", "Line 7", "Notes"],
  [
    "Canada",
    "Alberta",
    "Manitoba",
    "Nouvelle-Écosse",
    "Terre-Neuve-et-Labrador",
    "Yukon",
    "Nunavut",
  ],
];
const HEADERS = ["", "Country of birth", "Citizenship", "Region", "Estado", "Age group", "Genre"];
const TITLES = ["", "Immigrants by country of origin", "Population by sex"];

describe("dimensionOfRowLabels", () => {
  it("decides exactly as testing every label would, around the share threshold too", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const kinds = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const pools = [pick(POOLS), pick(POOLS), pick(POOLS)];
      const values = Array.from({ length: 2 + Math.floor(random() * 14) }, () => pick(pick(pools)));
      const header = pick(HEADERS);
      const title = pick(TITLES);
      const got = dimensionOfRowLabels({ header, values }, title);
      expect(got, JSON.stringify({ values, header, title })).toEqual(
        referenceDimension(values, header, title),
      );
      kinds.add(got?.kind ?? "none");
    }
    // The cases reach every outcome, so the comparison means something.
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(["age", "country", "none", "region", "sex", "time"]),
    );
  });
});

describe("world regions as rows", () => {
  it("reads UN major areas as a country breakdown (aggregates of countries)", () => {
    const d = dimensionOfRowLabels(
      {
        header: "UN major area",
        values: ["Africa", "Asia", "Europe", "Latin America and the Caribbean", "Oceania", "Total"],
      },
      "Populations of concern by country of asylum",
    );
    expect(d).toMatchObject({ kind: "country", role: "asylum", source: "rows" });
    expect(d?.examples).toContain("Africa");
  });
});
