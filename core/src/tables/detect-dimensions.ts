/**
 * Breakdowns of a table, from three places: the row labels (a column of countries, oblasts,
 * age groups), the column headers (years, "males"/"females", countries across), and the title
 * ("by sex and age") when neither shows them.
 */
import { lookupPlace } from "./country-names";
import { roleFromTitle, rolesInText, type CountryRole } from "./country-roles";
import { isTotalLabel, vocabKindsOf, type VocabKind } from "./dimension-vocab";
import { parsePeriods } from "./period-parse";
import type { DetectedDimension } from "./schema";
import { isRegionHeader, isSubnationalRegion } from "./subnational-regions";
import { normalizeText } from "../text/normalize";
import { wordPattern } from "./word-pattern";

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

/** The breakdown a column of row labels makes, if any. */
export function dimensionOfRowLabels(
  column: LabelColumnInput,
  title: string,
): DetectedDimension | undefined {
  const values = [...new Set(column.values)].filter((v) => !isTotalLabel(v));
  const n = values.length;
  if (n < 2) return undefined;
  const share = (count: number) => count / n >= ROW_KIND_MIN_SHARE;
  const regions = values.filter(isSubnationalRegion);
  if (share(regions.length) || (isRegionHeader(column.header) && share(regions.length / 2))) {
    const role = placeRole(column.header, title, ["origin", "destination"]);
    return dim("region", "rows", regions, role);
  }
  const places = values.filter((v) => lookupPlace(v) !== undefined);
  const countries = places.filter((v) => lookupPlace(v)?.kind === "country");
  if (share(places.length) && countries.length >= 2) {
    return dim(
      "country",
      "rows",
      countries,
      placeRole(column.header, title, [
        "birth",
        "citizenship",
        "origin",
        "destination",
        "asylum",
        "partner",
      ]),
    );
  }
  const byKind = new Map<VocabKind, string[]>();
  for (const v of values)
    for (const k of vocabKindsOf(v)) byKind.set(k, [...(byKind.get(k) ?? []), v]);
  for (const [kind, labels] of byKind) if (share(labels.length)) return dim(kind, "rows", labels);
  const periods = values.filter((v) => parsePeriods(v).periods.length > 0);
  if (share(periods.length)) return dim("time", "rows", periods);
  return undefined;
}

/** Breakdowns spread across the columns. */
export function dimensionsOfColumns(
  headers: readonly ColumnHeaderInput[],
  title: string,
): DetectedDimension[] {
  const out: DetectedDimension[] = [];
  const countryLeaves = headers.filter((h) => lookupPlace(h.leaf)?.kind === "country");
  if (countryLeaves.length >= MIN_COUNTRY_COLUMNS) {
    const bands = [...new Set(countryLeaves.flatMap((h) => h.parts.slice(0, -1)))].join(" ");
    const role = rolesInText(bands)[0] ?? roleFromTitle(title);
    out.push(
      dim(
        "country",
        "columns",
        countryLeaves.map((h) => h.leaf),
        role,
      ),
    );
  }
  const byKind = new Map<VocabKind, Set<string>>();
  for (const h of headers) {
    for (const part of h.parts) {
      if (lookupPlace(part)?.kind === "country") continue;
      for (const k of vocabKindsOf(part))
        byKind.set(k, (byKind.get(k) ?? new Set()).add(normalizeText(part)));
    }
  }
  for (const [kind, labels] of byKind)
    if (labels.size >= MIN_DISTINCT_COLUMN_LABELS) out.push(dim(kind, "columns", [...labels]));
  return out;
}

const TITLE_KIND_PATTERNS: readonly (readonly [Kind, RegExp])[] = [
  ["sex", wordPattern(["sex", "sexe", "sexo", "полу", "genul", "spolu", "polu", "الجنس"])],
  ["age", wordPattern(["age", "ages", "edad", "возраст~", "varst~", "starost~", "العمر"])],
  [
    "education",
    wordPattern([
      "educational attainment",
      "education level",
      "niveau d education",
      "nivel educativo",
      "уров~ образования",
    ]),
  ],
  ["occupation", wordPattern(["occupation~", "profession~", "ocupacion~", "професси~", "занятий"])],
  ["reason", wordPattern(["reason~", "motif~", "motivo~", "причин~", "purpose~", "цел~ въезда"])],
];

/** Breakdowns the title announces ("by sex and age"), kept only when rows and columns did not show them. */
export function dimensionsOfTitle(title: string): DetectedDimension[] {
  const norm = normalizeText(title);
  return TITLE_KIND_PATTERNS.filter(([, re]) => re.test(norm)).map(([kind]) =>
    dim(kind, "title", []),
  );
}

/** Merges breakdowns seen in several places: one per kind and role, rows and columns before the title. */
export function mergeDimensions(found: readonly DetectedDimension[]): DetectedDimension[] {
  const byKey = new Map<string, DetectedDimension>();
  const rank = { rows: 0, columns: 1, title: 2 } as const;
  for (const d of found) {
    const sameKind = [...byKey.values()].find((x) => x.kind === d.kind);
    if (d.source === "title" && sameKind) continue;
    const key = `${d.kind}/${d.role ?? ""}`;
    const prev = byKey.get(key);
    if (!prev || rank[d.source] < rank[prev.source]) byKey.set(key, d);
  }
  return [...byKey.values()];
}

const METADATA_KIND_KEYS: readonly (readonly [Kind, RegExp])[] = [
  ["sex", wordPattern(["sex", "sexe", "sexo", "пол", "spol", "pol", "الجنس"], { atStart: true })],
  [
    "age",
    wordPattern(["age~", "edad", "возраст~", "varsta", "starost", "العمر"], { atStart: true }),
  ],
];

/**
 * Kinds that a metadata line pins to a single value ("Sex | Total" in a Eurostat extract): the
 * title may name them, but this table does not break down by them.
 */
export function kindsFixedByMetadata(metadata: Readonly<Record<string, string>>): Set<Kind> {
  const fixed = new Set<Kind>();
  for (const [key, value] of Object.entries(metadata)) {
    const k = normalizeText(key);
    for (const [kind, re] of METADATA_KIND_KEYS)
      if (re.test(k) && value.trim() !== "") fixed.add(kind);
  }
  return fixed;
}
