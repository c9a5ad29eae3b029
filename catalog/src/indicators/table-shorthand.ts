import type { IndicatorInput } from "@gapmap/core";

type Terms = NonNullable<IndicatorInput["shorthand"]>;

/**
 * Shorthand: the one word a statistics office or ministry writes alone as a file, sheet or
 * table name for an indicator, leaving the rest to its folder or publication ("applications -
 * by nationality", «residencias_4_2019», "arrivals from Ukraine"). Each word is too vague for a
 * page or a longer label; core counts it only as a table name's lone measure word
 * (core/src/tables/lone-label-word.ts). All unverified unless a source is given.
 */
const TABLE_SHORTHAND: Readonly<Record<string, Terms>> = {
  "flow-asylum-applications": {
    en: ["applications", "claims"],
    fr: ["demandes"],
    es: ["solicitudes"],
    ru: ["ходатайства", "заявления"],
    ro: ["cereri"],
    sr: ["zahtevi", "захтеви"],
    ar: ["طلبات"],
  },
  "flow-asylum-decisions": {
    en: ["decisions"],
    fr: ["décisions"],
    es: ["resoluciones"],
    ru: ["решения"],
    ro: ["decizii"],
    sr: ["odluke", "одлуке"],
    ar: ["قرارات"],
  },
  // People still waiting for a first decision: the UK Home Office's "waiting" and "pending" tables.
  "stock-asylum-seekers": {
    en: ["waiting", "pending"],
    es: ["pendientes"],
    fr: ["pendantes"],
  },
  "flow-immigration": {
    en: ["arrivals", "inflows"],
    fr: ["arrivées"],
    es: ["llegadas"],
    ru: ["прибытия"],
    ro: ["sosiri"],
    sr: ["dolasci", "доласци"],
  },
  "flow-emigration": {
    en: ["departures", "outflows"],
    fr: ["départs"],
    es: ["salidas"],
    ru: ["убытия"],
    ro: ["plecări"],
    sr: ["odlasci", "одласци"],
  },
  // Argentina's DNM and Chile's SERMIG publish "residencias" for residence permits granted.
  "flow-residence-permits": {
    es: ["residencias"],
    fr: ["titres"],
  },
  "flow-border-crossings": {
    en: ["crossings"],
    es: ["cruces"],
  },
  // Remittances named alone are those received: the catalogue reads «remesas» so, and a
  // ministry's "remesas_entidad" (Banco de México) counts what each state receives.
  "remit-inflow": {
    en: ["remittances"],
    es: ["remesas"],
    ro: ["remitențe"],
    sr: ["doznake", "дознаке"],
  },
  "ctx-population": {
    en: ["population"],
    fr: ["population"],
    es: ["población"],
    ru: ["население"],
    ro: ["populație"],
    sr: ["stanovništvo", "становништво"],
    ar: ["السكان"],
  },
};

/** The indicators with their shorthand; an ID the catalogue lacks is an authoring error. */
export function withTableShorthand(indicators: IndicatorInput[]): IndicatorInput[] {
  const known = new Set(indicators.map((i) => i.id));
  for (const id of Object.keys(TABLE_SHORTHAND))
    if (!known.has(id)) throw new Error(`table shorthand for unknown indicator ${id}`);
  return indicators.map((i) => {
    const shorthand = TABLE_SHORTHAND[i.id];
    return shorthand === undefined ? i : { ...i, shorthand };
  });
}
