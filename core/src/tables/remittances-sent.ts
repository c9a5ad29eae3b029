/**
 * A table of remittances "sent abroad" («remesas enviadas al extranjero en proporción al PIB»)
 * counts money leaving the country, even where a share-of-GDP name of the money received
 * matches more of its words: when the labels name both, the words right after the remittance
 * word decide, as they do in page text (tagging/remittance-direction.ts).
 */
import {
  REMITTANCE_OUTFLOW_ID,
  REMITTANCE_RECEIVED_IDS,
  sendsOut,
} from "../tagging/remittance-direction";
import type { IndicatorMatch } from "./schema";

/** A remittance word in the seven languages, up to its end (normalised or not). */
const REMITTANCE_WORD_RE = /(?:remes|remit|remis|transfert|перевод|трансфер|تحويل|doznak)\p{L}*/iu;

/** Whether a label sends its remittances out: "remittances sent abroad", «remesas enviadas». */
function namesMoneySent(text: string): boolean {
  const m = REMITTANCE_WORD_RE.exec(text);
  return m !== null && sendsOut(text.slice(m.index + m[0].length));
}

/** The matches with the outflow first when the best is money received but the labels send it out. */
export function withRemittancesSent(matches: readonly IndicatorMatch[]): IndicatorMatch[] {
  const [first] = matches;
  const outflow = matches.find((m) => m.id === REMITTANCE_OUTFLOW_ID);
  if (!first || !outflow || !REMITTANCE_RECEIVED_IDS.has(first.id)) return [...matches];
  if (!outflow.evidence.some((e) => namesMoneySent(e.text))) return [...matches];
  // The direction words weigh as much as the words the received money's name matched.
  return [{ ...outflow, score: first.score }, ...matches.filter((m) => m !== outflow)];
}
