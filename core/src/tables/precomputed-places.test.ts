import en from "i18n-iso-countries/langs/en.json";
import { describe, expect, it } from "vitest";
import { COUNTRY_ALIASES, REGION_AGGREGATES } from "./country-aliases";
import { buildTable, lookupPlace, placeSourceFingerprint, type PlaceMatch } from "./country-names";
import { PLACE_NAMES } from "./place-names.generated";
import {
  PLACES_GENERATOR_SCRIPT,
  REGENERATE_PLACES_COMMAND,
  encodePlaceRuns,
  placeRunsToJson,
  placeTableFromEncoded,
  type EncodedPlaces,
} from "./precomputed-places";

const STALE = `place-names.generated.ts is stale: run \`${REGENERATE_PLACES_COMMAND}\` (${PLACES_GENERATOR_SCRIPT})`;

const custom = new Map<string, PlaceMatch>([
  ["germany", { kind: "country", code: "DE" }],
  ["allemagne", { kind: "country", code: "DE" }],
  ["world", { kind: "aggregate" }],
  ["альжир", { kind: "country", code: "DZ" }],
  ["stateless", { kind: "non-country" }],
  ["deutschland", { kind: "country", code: "DE" }],
  ["europe", { kind: "aggregate" }],
]);

function encode(table: ReadonlyMap<string, PlaceMatch>, sources = "test"): EncodedPlaces {
  return { sources, entryCount: table.size, json: placeRunsToJson(encodePlaceRuns(table)) };
}

describe("the generated place names", () => {
  it("match what buildTable makes of the country lists and aliases now", () => {
    const built = buildTable();
    expect(PLACE_NAMES.sources, STALE).toBe(placeSourceFingerprint());
    expect(PLACE_NAMES.entryCount, STALE).toBe(built.size);
    const stored: unknown = JSON.parse(PLACE_NAMES.json);
    expect(stored, STALE).toEqual(encodePlaceRuns(built));
  });

  it("decode to buildTable's map: same keys, values and insertion order", () => {
    const built = buildTable();
    const decoded = placeTableFromEncoded(PLACE_NAMES, placeSourceFingerprint());
    expect(decoded).toBeDefined();
    // Map equality in expect ignores order; comparing the entry lists does not.
    expect([...(decoded ?? [])]).toEqual([...built]);
  });

  it("are what lookupPlace answers from", () => {
    for (const [key, match] of buildTable()) expect(lookupPlace(key), key).toEqual(match);
  });
});

describe("placeTableFromEncoded", () => {
  it("round-trips every kind of match and keeps insertion order across runs", () => {
    const runs = encodePlaceRuns(custom);
    // Consecutive keys with the same match share a run; separated ones do not.
    expect(runs.map((run) => run[0])).toEqual([
      "DE",
      "aggregate",
      "DZ",
      "non-country",
      "DE",
      "aggregate",
    ]);
    expect([...(placeTableFromEncoded(encode(custom), "test") ?? [])]).toEqual([...custom]);
  });

  it("gives each key its own match object, as buildTable does", () => {
    const decoded = placeTableFromEncoded(encode(custom), "test");
    expect(decoded?.get("germany")).not.toBe(decoded?.get("allemagne"));
  });

  it("refuses data made from other names, so that callers fall back", () => {
    expect(placeTableFromEncoded(encode(custom, "other"), "test")).toBeUndefined();
  });

  it("refuses malformed or incomplete data instead of throwing", () => {
    const good = encode(custom);
    const variants: EncodedPlaces[] = [
      { ...good, json: "not json" },
      { ...good, json: good.json.slice(0, -3) },
      { ...good, json: "{}" },
      { ...good, entryCount: custom.size + 1 },
      { ...good, entryCount: custom.size - 1 },
      { ...good, json: '[["DE","germany"],["FR","germany"]]', entryCount: 2 },
      { ...good, json: '[["de","germany"]]', entryCount: 1 },
      { ...good, json: '[["region","world"]]', entryCount: 1 },
      { ...good, json: '[["DE",""]]', entryCount: 1 },
      { ...good, json: '[["DE",7]]', entryCount: 1 },
      { ...good, json: '[["DE"]]', entryCount: 0 },
      { ...good, json: '["DE","germany"]', entryCount: 1 },
    ];
    for (const encoded of variants) {
      expect(placeTableFromEncoded(encoded, "test"), encoded.json).toBeUndefined();
    }
  });

  it("refuses to store a match it could not restore", () => {
    const odd = new Map<string, PlaceMatch>([["atlantis", { kind: "country", code: "ATL" }]]);
    expect(() => encodePlaceRuns(odd)).toThrow(/ATL/);
    const blank = new Map<string, PlaceMatch>([["", { kind: "aggregate" }]]);
    expect(() => encodePlaceRuns(blank)).toThrow(/empty key/);
  });
});

describe("placeSourceFingerprint", () => {
  it("tallies each list buildTable reads: names and their characters", () => {
    const fingerprint = placeSourceFingerprint();
    const tally = (names: readonly string[]) => `${names.length}/${names.join("").length}`;
    // English lists several names for some codes: the nested arrays count name by name.
    const english = Object.values(en.countries).flat();
    expect(english.length).toBeGreaterThan(Object.keys(en.countries).length);
    expect(fingerprint).toContain(`en ${tally(english)},`);
    expect(fingerprint).toContain(`aliases ${tally(Object.keys(COUNTRY_ALIASES))},`);
    expect(fingerprint).toContain(`aggregates ${tally(REGION_AGGREGATES)},`);
  });
});
