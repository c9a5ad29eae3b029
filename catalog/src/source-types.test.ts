/**
 * Source types and standards: faithful to the shared lists, with no entry listing a thing
 * twice. (Parsing and unique IDs are checked for the whole catalogue in catalogue.test.ts.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceTypes } from "./source-types";
import { standards } from "./standards";

const CORE_CSV = new URL("../../../shared/catalogue/core-indicators.csv", import.meta.url);

/** Source-type IDs the catalogue's indicators rely on beyond the CSV (the shared extra list). */
const EXTRA_SOURCE_TYPE_IDS = [
  "eurostat",
  "oecd-imd",
  "ilostat",
  "world-bank-wdi",
  "ipums",
  "gallup-world-poll",
  "dedicated-migration-survey",
  "dhs-mics",
  "internal-migration-register",
];

/** The shared standards list agreed for catalogue v1. */
const STANDARD_IDS = [
  "un-1998",
  "un-eg-2021",
  "pr-census-rev3",
  "bpm6",
  "icls-2018",
  "irrs-2018",
  "iris-2020",
  "iross-2023",
  "eu-862-2007",
  "refugee-convention-1951",
  "guiding-principles-idp-1998",
  "sdg-global-framework",
  "unece-circular-2016",
  "palermo-protocols-2000",
  "icrmw-1990",
  "iom-migof-2015",
  "isced-2011",
  "isco-08",
  "sna-2008",
];

/** Every `typical_sources` ID of the core indicator list (the CSV has no quoted fields). */
function csvSourceTypeIds(): string[] {
  const [header, ...rows] = readFileSync(CORE_CSV, "utf8").trim().split(/\r?\n/);
  const column = (header ?? "").split(",").indexOf("typical_sources");
  expect(column).toBeGreaterThanOrEqual(0);
  const ids = rows.flatMap((row) => (row.split(",")[column] ?? "").split(";"));
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ""))];
}

function duplicatesOf(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe("source types", () => {
  const ids = sourceTypes.map((s) => s.id);

  it("cover every typical_sources ID of core-indicators.csv", () => {
    const required = csvSourceTypeIds();
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("cover the extra source-type IDs of the shared list", () => {
    expect(EXTRA_SOURCE_TYPE_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("contain nothing outside the shared list", () => {
    const shared = new Set([...csvSourceTypeIds(), ...EXTRA_SOURCE_TYPE_IDS]);
    expect(ids.filter((id) => !shared.has(id))).toEqual([]);
  });

  it.each(sourceTypes.map((s) => [s.id, s] as const))(
    "%s lists no dimension, measure, strength or blind spot twice",
    (_, entry) => {
      for (const list of [
        entry.typicalDimensions,
        entry.measures,
        entry.strengths,
        entry.blindSpots,
      ]) {
        expect(duplicatesOf(list)).toEqual([]);
      }
    },
  );
});

describe("request agencies", () => {
  const national = sourceTypes.filter((s) => s.category !== "international");
  const nationalAgencies = new Set(national.map((s) => s.requestAgency));

  it.each(sourceTypes.filter((s) => s.category === "international").map((s) => [s.id, s] as const))(
    "%s sends requests to a national agency that asks for national sources too",
    (_, entry) => {
      expect(nationalAgencies).toContain(entry.requestAgency);
    },
  );

  it("keeps the list of national agencies short (one data-request pack each)", () => {
    // More than a dozen addressees would mean near-duplicate names for one agency.
    expect(nationalAgencies.size).toBeLessThanOrEqual(12);
    const international = new Set(
      sourceTypes.filter((s) => s.category === "international").map((s) => s.producer),
    );
    expect([...nationalAgencies].filter((a) => international.has(a))).toEqual([]);
  });
});

describe("standards", () => {
  const ids = standards.map((s) => s.id);

  it("match the shared standards list exactly", () => {
    expect([...ids].sort()).toEqual([...STANDARD_IDS].sort());
  });

  it.each(standards.map((s) => [s.id, s] as const))(
    "%s carries a document reference",
    (_, entry) => {
      expect(entry.reference?.trim() ?? "").not.toBe("");
    },
  );
});
