/**
 * The catalogue's promises: every reference ID is present and faithful to ../shared/catalogue,
 * the data is sound, and each kind of defect is caught by validation.
 */
import { getCatalogue } from "./bundled/bundled-catalogue";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  CatalogueError,
  DIMENSION_KINDS,
  LANGUAGES,
  parseCatalogue,
  type CatalogueInput,
} from "@gapmap/core";
import { coreIndicatorRows, dimensionKinds } from "../../test/fixtures/shared-catalogue";
import { renderJsonSchema, SCHEMA_PATH } from "../scripts/write-json-schema";
import { catalogueData } from "./index";

/** Synonyms every indicator carries: enough for search and tagging to meet real wording. */
const MIN_SYNONYMS = 20;
/** Synonyms per language, so that no language rests on a single wording. */
const MIN_PER_LANGUAGE = 3;
const MIN_CONCEPTS_WITH_VARIANTS = 8;

/** A deep copy of the authored data, to break in one place per test. */
function copy(): CatalogueInput {
  return structuredClone(catalogueData);
}

function problemsOf(data: unknown): string[] {
  try {
    parseCatalogue(data);
    return [];
  } catch (error) {
    if (error instanceof CatalogueError) return [...error.problems];
    throw error;
  }
}

describe("bundled catalogue", () => {
  const catalogue = getCatalogue();
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));

  it("contains every core indicator with the reference section, measure, breakdowns and SDG code", () => {
    for (const row of coreIndicatorRows()) {
      const ind = byId.get(row.id);
      expect(ind, row.id).toBeDefined();
      expect(ind?.section, row.id).toBe(row.section);
      expect(ind?.measure, row.id).toBe(row.measure);
      expect([...(ind?.requiredDimensions ?? [])].sort(), row.id).toEqual(
        [...row.requiredDimensions].sort(),
      );
      expect(ind?.sdg ?? "", row.id).toBe(row.sdg);
      for (const s of row.typicalSources) expect(ind?.sourceTypes, row.id).toContain(s);
    }
  });

  it("uses exactly the breakdown vocabulary of dimensions.csv", () => {
    expect([...DIMENSION_KINDS].sort()).toEqual(dimensionKinds().sort());
  });

  it("is sound: every entry parses and passes the cross-reference checks", () => {
    expect(problemsOf(catalogueData)).toEqual([]);
  });

  it("gives every indicator at least 20 synonyms, with at least three in each of the seven languages", () => {
    for (const ind of catalogue.indicators) {
      expect(ind.synonyms.length, ind.id).toBeGreaterThanOrEqual(MIN_SYNONYMS);
      const thin = LANGUAGES.filter(
        (lang) => ind.synonyms.filter((s) => s.lang === lang).length < MIN_PER_LANGUAGE,
      );
      expect(thin, `${ind.id}: languages with fewer than ${MIN_PER_LANGUAGE} synonyms`).toEqual([]);
    }
  });

  it("gives every concept terms in all seven languages", () => {
    for (const concept of catalogue.concepts) {
      const langs = new Set((concept.terms ?? []).map((t) => t.lang));
      expect(
        LANGUAGES.filter((l) => !langs.has(l)),
        concept.id,
      ).toEqual([]);
    }
  });

  it("marks a synonym or concept term verified only when it names its source", () => {
    const terms = [
      ...catalogue.indicators.flatMap((i) => i.synonyms.map((s) => ({ owner: i.id, term: s }))),
      ...catalogue.concepts.flatMap((c) => (c.terms ?? []).map((t) => ({ owner: c.id, term: t }))),
    ];
    expect(terms.length).toBeGreaterThan(0);
    const unsourced = terms
      .filter(({ term }) => term.status === "verified" && !term.source?.trim())
      .map(({ owner, term }) => `${owner}: ${term.text}`);
    expect(unsourced).toEqual([]);
  });

  it("gives at least eight concepts national variants", () => {
    const withVariants = catalogue.concepts.filter((c) => c.variants.length > 0).length;
    expect(withVariants).toBeGreaterThanOrEqual(MIN_CONCEPTS_WITH_VARIANTS);
  });

  it("has the three needs presets, the disaggregation one marked as a candidate", () => {
    const presets = new Map(catalogue.presets.map((p) => [p.id, p]));
    expect(presets.get("migration-profile-core")?.items.length).toBeGreaterThanOrEqual(
      coreIndicatorRows().length,
    );
    expect(presets.get("sdg-migration")?.items.length).toBeGreaterThan(5);
    expect(presets.get("sdg-disaggregation-migratory-status")?.status).toBe("candidate");
  });

  it("publishes an up-to-date JSON Schema (run `npm run catalog:schema` after changing the schema)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(renderJsonSchema());
  });
});

describe("catalogue validation catches", () => {
  it("a duplicate ID", () => {
    const data = copy();
    const first = data.indicators[0];
    if (first) data.indicators.push(structuredClone(first));
    expect(problemsOf(data).join("\n")).toMatch(/duplicate indicator ID/);
  });

  it("an unknown dimension kind", () => {
    const data = copy();
    (data.indicators[0] as { requiredDimensions: string[] }).requiredDimensions = ["religion"];
    expect(problemsOf(data).join("\n")).toMatch(/requiredDimensions/);
  });

  it("an empty synonym list", () => {
    const data = copy();
    (data.indicators[0] as { synonyms: unknown }).synonyms = {};
    expect(problemsOf(data).join("\n")).toMatch(/at least one synonym/);
  });

  it("a synonym claimed by two indicators without an ambiguity flag", () => {
    const withTerm = (term: string | { text: string; ambiguous: boolean }) => {
      const data = copy();
      for (const ind of data.indicators.slice(0, 2)) {
        ind.synonyms = { ...ind.synonyms, en: [...(ind.synonyms.en ?? []), term] };
      }
      return data;
    };
    expect(problemsOf(withTerm("Shared words, here")).join("\n")).toMatch(
      /claimed by .* without an ambiguity flag/,
    );
    expect(problemsOf(withTerm({ text: "shared words here", ambiguous: true }))).toEqual([]);
  });

  it("a malformed SDG code", () => {
    const data = copy();
    (data.indicators[0] as { sdg?: string }).sdg = "10.7";
    expect(problemsOf(data).join("\n")).toMatch(/malformed SDG code/);
  });

  it("a reference to a source type that does not exist", () => {
    const data = copy();
    (data.indicators[0] as { sourceTypes: string[] }).sourceTypes = ["carrier-pigeon"];
    expect(problemsOf(data).join("\n")).toMatch(/unknown sourceType "carrier-pigeon"/);
  });
});
