/**
 * The place-name table of country-names.ts, normalised ahead of time. Normalising its ~2,500
 * names cost ~4–5 ms on every cold start (a page's first tagging pass, each CLI scan); the
 * generator (core/scripts/write-place-names.ts) stores the finished table in
 * place-names.generated.ts, and `placeTableFromEncoded` rebuilds the same Map from it without
 * normalising anything. A test keeps the generated file in step with `buildTable`.
 */
import type { PlaceMatch } from "./country-names";

/** Regenerates place-names.generated.ts; quoted by the staleness tests. */
export const REGENERATE_PLACES_COMMAND = "npm run catalog:places";
/** What that command runs, for a checkout whose package.json lacks it. */
export const PLACES_GENERATOR_SCRIPT = "core/scripts/write-place-names.ts";

/** What the generated file holds. */
export interface EncodedPlaces {
  /** `placeSourceFingerprint()` of the names the table was made from. */
  sources: string;
  /** How many keys the table has, so that a lost line shows. */
  entryCount: number;
  /** The table as JSON: runs of consecutive keys that share a match (see PlaceRun). */
  json: string;
}

/**
 * Consecutive table keys with the same match, in insertion order: the tag is the ISO code of a
 * country, or AGGREGATE_TAG / NON_COUNTRY_TAG.
 */
export type PlaceRun = [tag: string, ...keys: string[]];

const AGGREGATE_TAG = "aggregate";
const NON_COUNTRY_TAG = "non-country";
// ISO 3166 alpha-2 and the user-assigned XK: never mistaken for the two tags above.
const COUNTRY_CODE_RE = /^[A-Z]{2}$/;

function tagOf(match: PlaceMatch): string {
  if (match.kind === "aggregate") return AGGREGATE_TAG;
  if (match.kind === "non-country") return NON_COUNTRY_TAG;
  if (!COUNTRY_CODE_RE.test(match.code)) {
    throw new Error(`Country code "${match.code}" is not two capital letters: cannot store it`);
  }
  return match.code;
}

/** The table as runs, ready to store. Throws on a match the decoder could not restore. */
export function encodePlaceRuns(table: ReadonlyMap<string, PlaceMatch>): PlaceRun[] {
  const runs: PlaceRun[] = [];
  let last: PlaceRun | undefined;
  for (const [key, match] of table) {
    if (key === "") throw new Error("The place table has an empty key");
    const tag = tagOf(match);
    if (last?.[0] === tag) last.push(key);
    else {
      last = [tag, key];
      runs.push(last);
    }
  }
  return runs;
}

/** The runs as JSON, one a line, so that a changed name shows as a small diff. */
export function placeRunsToJson(runs: readonly PlaceRun[]): string {
  return `[\n${runs.map((run) => JSON.stringify(run)).join(",\n")}\n]`;
}

/** The match a run's tag stands for, or undefined if the tag is malformed. */
function matchOfTag(tag: unknown): PlaceMatch | undefined {
  if (typeof tag !== "string") return undefined;
  if (tag === AGGREGATE_TAG) return { kind: "aggregate" };
  if (tag === NON_COUNTRY_TAG) return { kind: "non-country" };
  return COUNTRY_CODE_RE.test(tag) ? { kind: "country", code: tag } : undefined;
}

// The decoding below runs once per process, before the JIT has warmed up: it reads arrays by
// index rather than by destructuring or for…of, whose iterator protocol is slow when interpreted.

/** Adds one run's keys to `table`; false if the run is malformed or repeats a key. */
function addRun(table: Map<string, PlaceMatch>, run: unknown): boolean {
  if (!Array.isArray(run) || run.length < 2) return false;
  const tag: unknown = run[0];
  const first = matchOfTag(tag);
  if (first === undefined) return false;
  for (let i = 1; i < run.length; i++) {
    const key: unknown = run[i];
    if (typeof key !== "string" || key === "") return false;
    const size = table.size;
    // A fresh object per key, as buildTable makes: a caller that mutates one affects no other.
    table.set(key, i === 1 ? first : { ...first });
    if (table.size === size) return false; // the key came twice
  }
  return true;
}

/**
 * The table stored in `encoded`, or undefined when it was made from other names (the source
 * fingerprint differs) or is malformed or incomplete: callers then fall back to `buildTable`,
 * so stale data is never used.
 */
export function placeTableFromEncoded(
  encoded: EncodedPlaces,
  sources: string,
): Map<string, PlaceMatch> | undefined {
  if (encoded.sources !== sources) return undefined;
  let runs: unknown;
  try {
    runs = JSON.parse(encoded.json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(runs)) return undefined;
  const table = new Map<string, PlaceMatch>();
  for (let i = 0; i < runs.length; i++) {
    if (!addRun(table, runs[i])) return undefined;
  }
  return table.size === encoded.entryCount ? table : undefined;
}
