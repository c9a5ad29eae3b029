/**
 * Breakdowns of a table, from three places: the row labels (a column of countries, oblasts,
 * age groups), the column headers (years, "males"/"females", countries across), and the title
 * ("by sex and age", announced-dimensions.ts) when neither shows them.
 */
import { COUNTRY_ROLES, roleFromTitle, rolesInText, type CountryRole } from "./country-roles";
import {
  namesBothSexesOnly,
  namesOneSexOnly,
  namesOneStatusOnly,
  type VocabKind,
} from "./dimension-vocab";
import { countryCodesOf } from "./country-codes";
import { demonymCountry } from "./country-demonyms";
import { isNutsCodeColumn, isUnnamedRegionColumn } from "./characteristics-column";
import { kindNamedByHeader, kindOfCodes, kindOfHeaderedColumn } from "./header-kinds";
import { labelFacts, type LabelFacts } from "./label-facts";
import { withoutYears } from "./period-parse";
import type { DetectedDimension } from "./schema";
import { normalizeText } from "../text/normalize";
import {
  NOT_NATIONALITY_HEADER_RE,
  namesCountry,
  namesCountryAmongOthers,
  namesNationals,
  nationalityRole,
} from "./nationality-labels";

/** Share of a label column's labels that must belong to a kind for the column to be that kind. */
export const ROW_KIND_MIN_SHARE = 0.5;
/** Distinct column labels of one kind needed to call the columns a breakdown ("males", "females"). */
export const MIN_DISTINCT_COLUMN_LABELS = 2;
/** Columns named after countries needed to call the columns a country breakdown. */
export const MIN_COUNTRY_COLUMNS = 3;
const EXAMPLES = 3;

export interface LabelColumnInput {
  header: string;
  values: readonly string[];
}

export interface ColumnHeaderInput {
  parts: readonly string[];
  leaf: string;
}

type Kind = DetectedDimension["kind"];

function dim(
  kind: Kind,
  source: DetectedDimension["source"],
  examples: readonly string[],
  role?: CountryRole,
): DetectedDimension {
  return role === undefined
    ? { kind, source, examples: examples.slice(0, EXAMPLES) }
    : { kind, role, source, examples: examples.slice(0, EXAMPLES) };
}

function placeRole(
  header: string,
  title: string,
  allowed: readonly CountryRole[],
): CountryRole | undefined {
  return (
    rolesInText(header).find((r) => allowed.includes(r)) ??
    (rolesInText(header).length === 0 ? roleFromTitle(title) : undefined)
  );
}

/**
 * The labels passing `test`, or undefined as soon as too few are left for them to reach
 * `reaches` (a share of the column): most columns fail most tests, so most labels go unasked.
 */
function matchingShare(
  facts: readonly LabelFacts[],
  test: (f: LabelFacts) => boolean,
  reaches: (count: number) => boolean,
): LabelFacts[] | undefined {
  const hits: LabelFacts[] = [];
  for (let i = 0; i < facts.length; i++) {
    if (!reaches(hits.length + facts.length - i)) return undefined;
    const f = facts[i] as LabelFacts;
    if (test(f)) hits.push(f);
  }
  return reaches(hits.length) ? hits : undefined;
}

/** Labels per category kind, kinds in the order first seen; undefined when no kind can reach `reaches`. */
function labelsByVocabKind(
  facts: readonly LabelFacts[],
  reaches: (count: number) => boolean,
): Map<VocabKind, string[]> | undefined {
  const byKind = new Map<VocabKind, string[]>();
  let most = 0;
  for (let i = 0; i < facts.length; i++) {
    if (!reaches(most + facts.length - i)) return undefined;
    const f = facts[i] as LabelFacts;
    for (const k of f.vocabKinds) {
      const labels = byKind.get(k) ?? [];
      labels.push(f.label);
      byKind.set(k, labels);
      most = Math.max(most, labels.length);
    }
  }
  return byKind;
}

const labelsOf = (facts: readonly LabelFacts[]) => facts.map((f) => f.label);

/** Sex labels that all name the same sex ("Femmes …") are no sex breakdown. */
const oneSex = (kind: VocabKind, labels: readonly string[]) =>
  kind === "sex" && namesOneSexOnly(labels);

/**
 * Status labels that all name the same group ("Población extranjera total", "Porcentaje sobre
 * población extranjera total") measure that group: no breakdown by migratory status.
 */
const oneStatus = (kind: VocabKind, labels: readonly string[]) =>
  kind === "migratory-status" && namesOneStatusOnly(labels);

/** The breakdown a column of row labels makes, if any. */
export function dimensionOfRowLabels(
  column: LabelColumnInput,
  title: string,
): DetectedDimension | undefined {
  const values = [...new Set(column.values)].map(labelFacts).filter((f) => !f.isTotal);
  const n = values.length;
  if (n < 2) return undefined;
  const share = (count: number) => count / n >= ROW_KIND_MIN_SHARE;
  // The old extra test `isRegionHeader(header) && share(count / 2)` asks for twice the share,
  // so it never held where share(count) failed; if a region header should halve the bar, that
  // is a behaviour change to make on purpose (with a fixture), not part of a speed-up.
  const regions = matchingShare(values, (f) => f.isRegion, share);
  if (regions) {
    const role = placeRole(column.header, title, ["origin", "destination"]);
    return dim("region", "rows", labelsOf(regions), role);
  }
  const byName = NOT_NATIONALITY_HEADER_RE.test(normalizeText(column.header))
    ? (f: LabelFacts) => f.place?.kind === "country"
    : namesCountry;
  const places = matchingShare(values, (f) => f.place !== undefined || byName(f), share);
  const countries = places?.filter(byName) ?? [];
  // Rows of world regions ("Africa", "Northern America") are a country breakdown aggregated.
  const aggregates = places?.filter((f) => f.place?.kind === "aggregate") ?? [];
  if (countries.length >= 2 || aggregates.length >= 2) {
    return dim(
      "country",
      "rows",
      labelsOf(countries.length >= 2 ? countries : aggregates),
      placeRole(column.header, title, COUNTRY_ROLES) ?? nationalityRole(countries),
    );
  }
  // A code column ("geo": AT, BE, BG…) names countries by their ISO codes.
  const codes = countryCodesOf(labelsOf(values));
  if (codes) return dim("country", "rows", codes, placeRole(column.header, title, COUNTRY_ROLES));
  // A header naming a category kind outranks its values' words: "Status d'immigrant" over
  // "Immigrants, au Canada depuis 10 ans ou moins", which reads as a duration.
  const headerKind = kindNamedByHeader(column.header);
  if (headerKind !== undefined && HEADER_FIRST_KINDS.has(headerKind)) {
    const labels = labelsOf(values);
    if (kindOfHeaderedColumn(column.header, labels) === headerKind)
      return dim(headerKind, "rows", labels);
  }
  const byKind = labelsByVocabKind(values, share);
  for (const [kind, labels] of byKind ?? [])
    if (share(labels.length) && !oneSex(kind, labels)) return dim(kind, "rows", labels);
  const periods = matchingShare(values, (f) => f.namesPeriod, share);
  if (periods) return dim("time", "rows", labelsOf(periods));
  const labels = labelsOf(values);
  const coded = kindOfCodes(labels);
  if (coded) return dim(coded, "rows", labels);
  const named = kindOfHeaderedColumn(column.header, labels);
  if (named)
    return named === "region"
      ? dim(named, "rows", labels, placeRole(column.header, title, ["origin", "destination"]))
      : named === "country"
        ? dim(named, "rows", labels, placeRole(column.header, title, COUNTRY_ROLES))
        : dim(named, "rows", labels);
  if (isUnnamedRegionColumn(labels, column.header) || isNutsCodeColumn(labels))
    return dim(
      "region",
      "rows",
      labels,
      placeRole(column.header, title, ["origin", "destination"]),
    );
  return undefined;
}

/** Category kinds a header may name over what its values' words say. */
const HEADER_FIRST_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  "sex",
  "age",
  "migratory-status",
  "education",
  "occupation",
  "duration",
  "reason",
  "urban-rural",
]);

/** Kinds a run of a mixed column's labels may make, with the run length each needs. */
type RunKind = VocabKind | "country";
const RUN_KINDS: ReadonlyMap<RunKind, number> = new Map([
  ["sex", 2],
  ["urban-rural", 2],
  ["age", 3],
  ["country", 2],
]);
/** Columns with more distinct labels than this are names, not a list of categories. */
export const MAX_MIXED_COLUMN_LABELS = 200;

/**
 * Breakdowns a mixed label column holds besides its main one: "Category" listing nationalities,
 * then age groups ("Under 18", "18-29", "30-49"), then "Female", "Male" — one run of labels of a
 * kind, next to each other, stands for a breakdown of its own. Among countries one label will
 * do for migratory status: "Suisse | Etranger | Allemagne …" splits nationals from foreigners.
 */
export function runsOfOtherKinds(
  values: readonly string[],
  main: DetectedDimension | undefined,
): DetectedDimension[] {
  const distinct = [...new Set(values)];
  if (distinct.length > MAX_MIXED_COLUMN_LABELS) return [];
  const out: DetectedDimension[] = [];
  let runKind: RunKind | undefined;
  let run: LabelFacts[] = [];
  const close = () => {
    const need =
      runKind === undefined
        ? undefined
        : main?.kind === "country" && runKind === "migratory-status"
          ? 1
          : RUN_KINDS.get(runKind);
    const labels = labelsOf(run);
    if (
      runKind &&
      need !== undefined &&
      run.length >= need &&
      main?.kind !== runKind &&
      !(runKind === "sex" && namesOneSexOnly(labels)) &&
      !out.some((d) => d.kind === runKind)
    )
      out.push(
        runKind === "country"
          ? dim("country", "rows", labels, nationalityRole(run))
          : dim(runKind, "rows", labels),
      );
    run = [];
    runKind = undefined;
  };
  for (const label of distinct) {
    const facts = labelFacts(label);
    // "Total" between "Male" and "Female" neither breaks nor extends the run.
    if (facts.isTotal) continue;
    // "Mexican aliens", "Canadian aliens" among "Deportable aliens located" and activities.
    const kinds: readonly RunKind[] =
      facts.vocabKinds.length === 0 && namesCountryAmongOthers(facts)
        ? ["country"]
        : facts.vocabKinds;
    const kind = runKind !== undefined && kinds.includes(runKind) ? runKind : kinds[0];
    if (kind !== runKind) close();
    if (kind === undefined) continue;
    runKind = kind;
    run.push(facts);
  }
  close();
  // "Mexican aliens" … "Canadian aliens" apart from each other: nationals of two countries.
  if (main?.kind !== "country" && !out.some((d) => d.kind === "country")) {
    const nationals = distinct.map(labelFacts).filter(namesNationals);
    if (new Set(nationals.map((f) => demonymCountry(f.label))).size >= 2)
      out.push(dim("country", "rows", labelsOf(nationals), "citizenship"));
  }
  return out;
}

/** Breakdowns spread across the columns. */
export function dimensionsOfColumns(
  headers: readonly ColumnHeaderInput[],
  title: string,
): DetectedDimension[] {
  const out: DetectedDimension[] = [];
  // "Venezuela 2018", "Hombres\n2019": the category, whatever year it is given for.
  const leafFacts = (h: ColumnHeaderInput) => labelFacts(withoutYears(h.leaf));
  const countryLeaves = headers.filter((h) => namesCountry(leafFacts(h)));
  if (countryLeaves.length >= MIN_COUNTRY_COLUMNS) {
    const bands = [...new Set(countryLeaves.flatMap((h) => h.parts.slice(0, -1)))].join(" ");
    const role =
      rolesInText(bands)[0] ??
      roleFromTitle(title) ??
      nationalityRole(countryLeaves.map(leafFacts));
    out.push(
      dim(
        "country",
        "columns",
        countryLeaves.map((h) => h.leaf),
        role,
      ),
    );
  }
  // Regions across the columns (a Rosstat extract: «Белгородская область», «Брянская область» …).
  const regionLeaves = headers.filter(
    (h) => leafFacts(h).place?.kind !== "country" && leafFacts(h).isRegion,
  );
  if (regionLeaves.length >= MIN_COUNTRY_COLUMNS)
    out.push(
      dim(
        "region",
        "columns",
        regionLeaves.map((h) => h.leaf),
      ),
    );
  const byKind = new Map<VocabKind, Set<string>>();
  for (const h of headers) {
    for (const raw of h.parts) {
      // Distinct categories, not one category in several years.
      const part = withoutYears(raw);
      const facts = labelFacts(part);
      if (facts.place?.kind === "country") continue;
      for (const k of facts.vocabKinds)
        if (k !== "sex" || !namesBothSexesOnly(part))
          byKind.set(k, (byKind.get(k) ?? new Set()).add(normalizeText(part)));
    }
  }
  for (const [kind, labels] of byKind)
    if (
      labels.size >= MIN_DISTINCT_COLUMN_LABELS &&
      !oneSex(kind, [...labels]) &&
      !oneStatus(kind, [...labels])
    )
      out.push(dim(kind, "columns", [...labels]));
  return out;
}

const rowsOfPlaces = (d: DetectedDimension, kind: "country" | "aggregate") =>
  d.kind === "country" &&
  d.source === "rows" &&
  d.examples.length > 0 &&
  d.examples.every((e) => labelFacts(e).place?.kind === kind);

/**
 * Merges breakdowns seen in several places: one per kind and role, rows and columns before the
 * title. World-region columns beside a column of countries ("Major area | Region | Country" in a
 * UN export) group those countries: no breakdown of their own.
 */
export function mergeDimensions(found: readonly DetectedDimension[]): DetectedDimension[] {
  const byKey = new Map<string, DetectedDimension>();
  const rank = { rows: 0, columns: 1, title: 2 } as const;
  const grouped = found.some((d) => rowsOfPlaces(d, "country"));
  for (const d of found) {
    if (grouped && rowsOfPlaces(d, "aggregate")) continue;
    const sameKind = [...byKey.values()].find((x) => x.kind === d.kind);
    if (d.source === "title" && sameKind) continue;
    const key = `${d.kind}/${d.role ?? ""}`;
    const prev = byKey.get(key);
    if (!prev || rank[d.source] < rank[prev.source]) byKey.set(key, d);
  }
  return [...byKey.values()];
}
