/**
 * "Inflow", "Outflow" and "Net inflow" alone name a direction, not what moves: the Bank of
 * Armenia heads its remittance tables so, and a resettlement sheet heads its people so too
 * ("outFlow | inFLow | сальдо" under «Итоги переселенческого движения»). A sum of money named by
 * such words alone stands only when the table's labels speak of money somewhere (a currency,
 * transfers, remittances); otherwise the direction words name nothing.
 */
import type { IndicatorMatch } from "./schema";
import type { LabelSource } from "./match-indicators";

/** Normalised words that say which way something moves and nothing about what. */
const DIRECTION_WORDS = new Set(["inflow", "inflows", "outflow", "outflows", "net"]);

/** Money in a label: currency codes, signs and names, transfers, remittances (seven languages). */
const MONEY_RE =
  /[$€£¥₽]|\b(?:usd|eur|gbp|rub|amd|dollars?|euros?|money|monetary|currency|transfers?|remittances?|payments?)\b|(?:remes|remit|remis|transfert|devis|divisa|dinero|перевод|денеж|долл|руб|валют|تحويل|doznak|novac)/iu;

function directionOnly(match: IndicatorMatch): boolean {
  return (
    match.evidence.length > 0 &&
    match.evidence.every((e) => e.words.length > 0 && e.words.every((w) => DIRECTION_WORDS.has(w)))
  );
}

/** The matches without money indicators that only bare direction words named, in a table with no money word. */
export function withoutBareDirections(
  matches: readonly IndicatorMatch[],
  sources: readonly LabelSource[],
  isMoney: (id: string) => boolean,
): IndicatorMatch[] {
  const bare = matches.filter((m) => isMoney(m.id) && directionOnly(m));
  if (bare.length === 0 || sources.some((s) => MONEY_RE.test(s.text))) return [...matches];
  return matches.filter((m) => !bare.includes(m));
}
