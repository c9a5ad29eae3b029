/**
 * Arabic and Russian name remittances by whose transfers they are: «تحويلات المصريين العاملين
 * بالخارج» (the transfers of Egyptians working abroad), «لتحويلات المصريين في الخارج»,
 * «переводы трудовых мигрантов». The matcher finds the people («العاملين بالخارج», «трудовых
 * мигрантов»), not the money: a transfer word at most two words before a migrant group makes
 * the mention that group's remittances, received by the country (remit-inflow), from the
 * transfer word on. Only the words right before a group mention are read.
 */
import type { Mention } from "./mention";

/** Groups whose transfers are the remittances a country receives. */
const SENDING_GROUPS: ReadonlySet<string> = new Set([
  "stock-emigrants",
  "stock-nationals-working-abroad",
  "stock-migrant-workers",
  "stock-immigrants",
]);
const REMITTANCES_RECEIVED = "remit-inflow";

/** How far before the group the transfer word is looked for, in characters. */
const REACH = 64;
/**
 * A transfer word (with Arabic clitics: «لتحويلات», «وتحويلات», «للتحويلات»), then at most two
 * words (a nationality, "working"), then the group; letters and spaces only between.
 */
const TRANSFER_BEFORE_RE =
  /(?:^|[^\p{L}])((?:لل|[وفبل]?(?:ال)?)تحويلات|переводы|переводов|переводам|переводах)(?:\s+\p{L}+){0,2}\s+$/iu;

/** The group mention as its remittances where a transfer word stands before it (see above). */
export function withRemittanceOwner(text: string, m: Mention): Mention {
  if (!SENDING_GROUPS.has(m.id)) return m;
  const from = Math.max(0, m.start - REACH);
  const found = TRANSFER_BEFORE_RE.exec(text.slice(from, m.start));
  if (found === null) return m;
  const begin = from + found.index + found[0].indexOf(found[1] ?? "");
  const money: Mention = { ...m, id: REMITTANCES_RECEIVED, start: begin };
  money.text = text.slice(begin, m.end);
  delete money.alternatives;
  return money;
}
