/**
 * Remittances weighed against the economy are their share of GDP: "Kyrgyzstan gets 31% of its
 * GDP from remittances", "remittances account for a quarter of gross domestic product", «las
 * remesas representan el 24% del PIB», «денежные переводы составляют 30% ВВП», «التحويلات …
 * من الناتج المحلي الإجمالي». A remittance word read as money received (remit-inflow) names
 * remit-inflow-gdp when a GDP word stands near it in its sentence and a share (a percentage,
 * "half", "a quarter") stands between them or near.
 */
import type { Mention } from "./mention";

const RECEIVED = "remit-inflow";
const SHARE_OF_GDP = "remit-inflow-gdp";

/** How far from the mention the GDP word and the share are looked for, each way. */
const REACH = 80;
/** A sentence's end stops the reading (a full stop before a space, or another mark). */
const SENTENCE_END_RE = /[.!?;؛؟](?=\s)/gu;

const GDP_RE =
  /(?:^|[^\p{L}])(?:GDP|gross domestic product|PIB|producto (?:interno|interior) bruto|produit intérieur brut|ВВП|валово\p{L}* внутренне\p{L}* продукт\p{L}*|BDP|БДП|الناتج المحلي)(?:[^\p{L}]|$)/iu;
const SHARE_RE =
  /[%٪]|(?:^|[^\p{L}])(?:percent|per cent|por ciento|pour cent|процент\p{L}*|одсто|procent\p{L}*|بالمئة|في المائة|half|third|quarter|fifth|mitad|tercio|cuarta parte|moitié|tiers|quart|половин\p{L}*|треть|четверть|نصف|ثلث|ربع)(?:[^\p{L}]|$)/iu;

/** The words around the mention, cut at its sentence's ends. */
function sentenceWindow(text: string, m: Mention): string {
  let before = text.slice(Math.max(0, m.start - REACH), m.start);
  for (const end of before.matchAll(SENTENCE_END_RE)) before = before.slice(end.index + 1);
  let after = text.slice(m.end, m.end + REACH);
  const stop = new RegExp(SENTENCE_END_RE.source, "u").exec(after);
  if (stop) after = after.slice(0, stop.index);
  return `${before} ${after}`;
}

/** The mention as remit-inflow-gdp where its sentence weighs it against GDP (see above). */
export function withRemittanceShare(text: string, m: Mention): Mention {
  if (m.id !== RECEIVED) return m;
  const around = sentenceWindow(text, m);
  if (!GDP_RE.test(around) || !SHARE_RE.test(around)) return m;
  const share: Mention = { ...m, id: SHARE_OF_GDP };
  delete share.alternatives;
  return share;
}
