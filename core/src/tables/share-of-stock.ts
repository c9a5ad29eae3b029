/**
 * A table named as a share of migrants ("Porcentaje de población extranjera", "Share of
 * foreign-born", «Доля иностранцев») measures the migrant share of the population, not the
 * migrant stock its words also name: a share word heading the name makes the stock the numerator.
 * A distribution ("% distribution of immigrants by country of birth", «структура») spreads the
 * stock over categories and stays the stock.
 */
import { normalizeText } from "../text/normalize";
import { isStopword } from "../text/stopwords";
import type { EvidenceWhere } from "./label-phrases";
import type { IndicatorMatch } from "./schema";
import { memoizeByString } from "./string-memo";

export const MIGRANT_SHARE_ID = "demo-migrant-share";
/** The stocks whose share of the population the share indicator counts. */
const SHARED_STOCKS: ReadonlySet<string> = new Set(["stock-immigrants", "stock-foreign-citizens"]);

/** Where a share names the table itself (a header's share is one column beside the counts). */
const NAMING_PLACES: ReadonlySet<EvidenceWhere> = new Set(["title", "sheet", "file"]);

/** Share words that head a label (normalised; "%" is read as "percent"). */
const SHARE_HEADS = new Set(
  `percent percentage pourcentage porcentaje procent procentaj procentul share proportion
  proporcion proportie part parte peso доля удельный процент udeo udio نسبة`.split(/\s+/),
);

/** Words that make the share a distribution of the stock over categories. */
const DISTRIBUTION_WORDS = new Set(
  `distribution breakdown repartition distribucion distributie distributia структура
  распределение raspodela struktura توزيع`.split(/\s+/),
);

/** Whether a label's first content word is a share word and nothing in it is a distribution. */
export const headsWithShare = memoizeByString((text): boolean => {
  const words = normalizeText(text.replace(/%/g, " percent "))
    .split(" ")
    .filter((w) => w !== "" && !/\p{N}/u.test(w));
  if (words.some((w) => DISTRIBUTION_WORDS.has(w))) return false;
  const head = words.find((w) => !isStopword(w));
  return head !== undefined && SHARE_HEADS.has(head);
});

/**
 * The matches with the migrant share first, at the stock's score, when the best match is a
 * migrant stock named by a label that heads with a share word.
 */
export function withMigrantShare(matches: readonly IndicatorMatch[]): IndicatorMatch[] {
  const [first] = matches;
  if (!first || first.guess === true || !SHARED_STOCKS.has(first.id)) return [...matches];
  const named = first.evidence.find((e) => NAMING_PLACES.has(e.where) && headsWithShare(e.text));
  if (!named) return [...matches];
  const previous = matches.find((m) => m.id === MIGRANT_SHARE_ID);
  const share: IndicatorMatch = {
    id: MIGRANT_SHARE_ID,
    score: Math.max(first.score, previous?.score ?? 0),
    evidence: [named, ...(previous?.evidence ?? [])],
  };
  return [share, ...matches.filter((m) => m.id !== MIGRANT_SHARE_ID)];
}
