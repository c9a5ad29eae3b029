/**
 * A remittance word says which way the money went by the words right after it: "remittances
 * sent abroad", "sent from Spain", "paid", «remesas enviadas al exterior», «переводы,
 * отправленные из России», «التحويلات المالية المرسلة من السعودية» are money leaving the country
 * (remit-outflow, an amount). The bare word and its share-of-GDP phrases are read as money
 * received: "remittances sent from the United States (% of GDP)" is no share of the receiving
 * country's GDP. "Sent home" and "sent back" stay received. Only the few words after a
 * remittance mention are read.
 */
import { normalizeText } from "../text/normalize";
import type { Mention } from "./mention";

/** Indicators read as money received, which an outward direction word turns into paid. */
export const REMITTANCE_RECEIVED_IDS: ReadonlySet<string> = new Set([
  "remit-inflow",
  "remit-inflow-gdp",
]);
export const REMITTANCE_OUTFLOW_ID = "remit-outflow";
const REMITTANCE_INFLOW_ID = "remit-inflow";

/** How far after the mention the direction words are read, in characters. */
const REACH = 48;
/** Sentence ends stop the reading; commas do not ("переводы, отправленные из России"). */
const BOUNDARY_RE = /[\n\r.;:!?()[\]|]/u;

/** Words for "abroad, out of the country" (normalised). */
const ABROAD =
  "abroad|overseas|out of|outside|from|al exterior|al extranjero|fuera de|desde|a l etranger|vers l etranger|depuis|hors de|" +
  "за рубеж|за границу|из|in strainatate|peste hotare|din|u inostranstvo|iz|у иностранство|из|الي الخارج|من";
/** Participles of sending or paying (normalised), in the seven languages. */
const SENT =
  "sent|transferred|remitted|paid|going|enviad[oa]s|remitid[oa]s|transferid[oa]s|pagad[oa]s|envoye(?:e?s)?|transfere(?:e?s)?|verse(?:e?s)?|" +
  "отправленн\\p{L}*|переведенн\\p{L}*|выплаченн\\p{L}*|trimise|transferate|platite|poslat\\p{L}*|isplacen\\p{L}*|упућен\\p{L}*|послат\\p{L}*|" +
  "المرسله|المحوله|الصادره";

/** Words that say "abroad" on their own, right after the remittance word. */
const OUT_ON_THEIR_OWN =
  "outflows?|outgoing|outward|paid|abroad|overseas|al exterior|al extranjero|a l etranger|vers l etranger|за рубеж|in strainatate|u inostranstvo|الي الخارج|الصادره";

let outwardRe: RegExp | undefined;
/** The outward words right after the mention (built on first use: `\p{L}` costs at load). */
function outward(): RegExp {
  return (outwardRe ??= new RegExp(
    `^ (?:(?:${SENT}) (?:${ABROAD})|${OUT_ON_THEIR_OWN})(?: |$)`,
    "u",
  ));
}

/** Whether the words right after a remittance word send the money out (see above). */
export function sendsOut(after: string): boolean {
  return outward().test(` ${normalizeText(after)}`);
}

/**
 * A remittance word and a participle of sending alone ("remesas enviadas", "remittances sent")
 * say no direction: «Las remesas, enviadas casi en su totalidad de Estados Unidos» are what a
 * receiving country's press counts as money received. Paying ("remesas pagadas") stays paid.
 */
const SENT_ALONE_RE =
  /^\p{L}+ (?:sent|enviad[oa]s|envoyee?s?|trimise|отправленн\p{L}*|poslat\p{L}*|послат\p{L}*|المرسله)$/u;

/** The mention as remit-outflow where the words after it send the money out (see above). */
export function withRemittanceDirection(text: string, m: Mention): Mention {
  if (m.id === REMITTANCE_OUTFLOW_ID) return withSentAloneReceived(text, m);
  if (!REMITTANCE_RECEIVED_IDS.has(m.id)) return m;
  const after = wordsAfter(text, m);
  if (!sendsOut(after)) return m;
  const outflow: Mention = { ...m, id: REMITTANCE_OUTFLOW_ID };
  delete outflow.alternatives;
  return outflow;
}

/** The text after `m` up to a sentence's end, at most REACH characters. */
function wordsAfter(text: string, m: Mention): string {
  const after = text.slice(m.end, m.end + REACH);
  const stop = BOUNDARY_RE.exec(after);
  return stop ? after.slice(0, stop.index) : after;
}

let abroadRe: RegExp | undefined;

/** A remit-outflow mention of a sending participle alone, with no place it went: received. */
function withSentAloneReceived(text: string, m: Mention): Mention {
  if (!SENT_ALONE_RE.test(normalizeText(m.text))) return m;
  abroadRe ??= new RegExp(`^ (?:${ABROAD})(?: |$)`, "u");
  if (abroadRe.test(` ${normalizeText(wordsAfter(text, m))}`)) return m;
  const received: Mention = { ...m, id: REMITTANCE_INFLOW_ID };
  delete received.alternatives;
  return received;
}
