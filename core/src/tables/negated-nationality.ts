/**
 * "Non-Saudis", «غير السعوديين», "non-Bahraini workers", "non-citizens": a negated nationality
 * or citizenship names the foreign population, whichever country it negates. The catalogue
 * cannot list every country's "non-" word, so a label that has one is also read with it put in
 * the catalogue's own words: "non-nationals" alone ("Non-Kuwaitis by age"), "foreign" before
 * the noun it qualifies ("non-Omani workers" → "foreign workers"); in Arabic «غير المواطنين»
 * alone and «الأجانب» after its noun («العمال غير السعوديين» → «العمال الأجانب»).
 */
import { isStopword } from "../text/stopwords";
import { normalizeText } from "../text/normalize";
import { onFirstUse } from "../text/on-first-use";
import { demonymCountry } from "./country-demonyms";
import { memoizeByString } from "./string-memo";

const NON = "non";
// Both folded on first use: folding Arabic at load compiled normalizeText's Unicode regexes in
// the content script's injection task (tagger-tables, ~65 ms at 4× CPU).
const ghayr = onFirstUse(() => normalizeText("غير"));
/** Words for a country's own citizens, folded ("citoyens", «المواطنين»). */
const citizenWords = onFirstUse(
  (): ReadonlySet<string> =>
    new Set(
      `citizen citizens national nationals citoyen citoyens nationaux ciudadano ciudadanos nacional
   nacionales cetatean cetateni`
        .split(/\s+/)
        .filter((w) => w !== "")
        .concat(["المواطن", "المواطنين", "المواطنون", "مواطن", "مواطنين"].map(normalizeText)),
    ),
);
const ARABIC_RE = /[\u0600-\u06ff]/;

/** True when a folded word names a country's people ("saudis", "omani", «السعوديين»). */
function isNationalityWord(w: string): boolean {
  if (citizenWords().has(w)) return true;
  if (demonymCountry(w) !== undefined) return true;
  // The singular or adjective ("Saudi", «سعودي») where only the plural reads as a nationality.
  return demonymCountry(ARABIC_RE.test(w) ? `${w}ين` : `${w}s`) !== undefined;
}

/** The label read with its negated nationality in catalogue words, or undefined when it has none. */
export const negatedNationalityReading: (label: string) => string | undefined = memoizeByString(
  (label) => {
    const words = normalizeText(label).split(" ");
    let changed = false;
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? "";
      const next = words[i + 1];
      if ((w !== NON && w !== ghayr()) || next === undefined || !isNationalityWord(next)) {
        out.push(w);
        continue;
      }
      changed = true;
      const after = words[i + 2];
      if (w === ghayr())
        out.push(i > 0 ? normalizeText("الأجانب") : normalizeText("غير المواطنين"));
      else if (after !== undefined && !isStopword(after) && !/\p{N}/u.test(after))
        out.push("foreign");
      else out.push("non nationals");
      i++;
    }
    return changed ? out.join(" ") : undefined;
  },
);
