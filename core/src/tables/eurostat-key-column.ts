/**
 * Eurostat's bulk TSV files put every dimension but one into a single first column, codes joined
 * by commas, and name them in its header: `sex,age,reason,c_birth,time\geo` holds "F,Y15-24,
 * EDUC,FOR,2008" down the rows, with the countries (`geo`, after the backslash) across the
 * columns. Read as one label column it is a wall of codes; read part by part it is five
 * breakdowns, each with a header the breakdown rules know.
 */
import { isCountryCode } from "./country-codes";
import { dimensionOfRowLabels, type LabelColumnInput } from "./detect-dimensions";
import { parsePeriods, type Period } from "./period-parse";
import type { DetectedDimension } from "./schema";

/** `dim1,dim2,…\across`: lower-case dimension codes, the one across the columns last. */
const KEY_HEADER_RE = /^([a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)*)\\([a-z][a-z0-9_]*)$/;

/**
 * Eurostat's dimension codes, as the words a header would use (its code lists name them so):
 * what the breakdown rules need to know the kind from the header.
 */
const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  sex: "sex",
  age: "age",
  geo: "country",
  time: "year",
  citizen: "citizenship",
  c_birth: "country of birth",
  c_resid: "country of residence",
  partner: "partner country",
  reason: "reason",
  isced11: "education",
  isced97: "education",
  nace_r2: "sector",
  isco08: "occupation",
  deg_urb: "urban rural",
  duration: "duration",
};

/** Dimensions whose codes are countries (ISO 3166 alpha-2, Eurostat writing EL and UK) or groups. */
const PLACE_CODES: ReadonlySet<string> = new Set([
  "geo",
  "citizen",
  "c_birth",
  "c_resid",
  "partner",
]);
/** Share of a place dimension's codes that must be countries for it to be a country breakdown. */
export const MIN_COUNTRY_CODE_SHARE = 0.5;

/** A Eurostat code: capitals, digits and underscores ("FOR", "EU27_2020", "NEU_HDI_H"). */
const CODE_RE = /^[A-Z][A-Z0-9_]{0,15}$/;

/**
 * A place dimension of groups rather than countries ("FOR", "NAT", "EU27_FOR", "NEU_HDI_H":
 * foreign-born, native-born, born in the EU or outside it) splits by migratory status.
 */
function isGroupsOfPlaces(code: string, values: readonly string[]): boolean {
  if (!PLACE_CODES.has(code)) return false;
  const distinct = [...new Set(values)];
  // Data browser exports write names there ("Belgium"): those are for the place rules.
  if (!distinct.every((v) => CODE_RE.test(v))) return false;
  return distinct.filter(isCountryCode).length < distinct.length * MIN_COUNTRY_CODE_SHARE;
}

export interface EurostatKey {
  /** The dimension codes joined in the first column, in order. */
  rowCodes: string[];
  /** The dimension code that runs across the columns. */
  across: string;
}

/** The key a header describes, or undefined when it is no Eurostat key header. */
export function eurostatKey(header: string): EurostatKey | undefined {
  const m = KEY_HEADER_RE.exec(header.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { rowCodes: m[1].split(","), across: m[2] };
}

/** The readable name of a dimension code ("c_birth" → "country of birth"). */
export function dimensionName(code: string): string {
  return DIMENSION_NAMES[code] ?? code.replace(/_/g, " ");
}

/**
 * The key column split into one label column per dimension, named by its readable header; rows
 * whose value has another number of parts are left out (they are no key).
 */
export function keyColumnParts(key: EurostatKey, values: readonly string[]): LabelColumnInput[] {
  const parts = key.rowCodes.map((code) => ({
    header: dimensionName(code),
    values: [] as string[],
  }));
  for (const v of values) {
    const codes = v.split(",");
    if (codes.length !== parts.length) continue;
    codes.forEach((c, i) => parts[i]?.values.push(c.trim()));
  }
  return parts;
}

/**
 * What a Eurostat key column says: a breakdown per part that makes one, the countries across
 * the columns when `geo` runs across, and the periods of its `time` part (one year is no
 * breakdown, but it is the table's year). Undefined when `header` is no key header.
 */
export function keyColumnFacts(
  header: string,
  values: readonly string[],
  title: string,
  columnLabels: readonly string[],
): { dimensions: DetectedDimension[]; periods: Period[] } | undefined {
  const key = eurostatKey(header);
  if (!key) return undefined;
  const dimensions: DetectedDimension[] = [];
  const periods: Period[] = [];
  key.rowCodes.forEach((code, i) => {
    const part = keyColumnParts(key, values)[i];
    if (!part) return;
    const d = isGroupsOfPlaces(code, part.values)
      ? ({
          kind: "migratory-status",
          source: "rows",
          examples: [...new Set(part.values)].slice(0, 3),
        } as const)
      : dimensionOfRowLabels(part, title);
    if (d) dimensions.push(d);
    if (code === "time")
      for (const v of new Set(part.values)) periods.push(...parsePeriods(v).periods);
  });
  if (key.across === "geo" && columnLabels.length > 0)
    dimensions.push({ kind: "country", source: "columns", examples: columnLabels.slice(0, 3) });
  return { dimensions, periods };
}
