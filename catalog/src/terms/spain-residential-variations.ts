import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Table titles of Spain's Residential Variation Statistics (INE, Estadística de Variaciones
 * Residenciales), whose "exterior" tables count the registrations in the municipal register from
 * abroad ("Altas", immigration) and the deregistrations to abroad ("Bajas", emigration). Read in
 * the tables as INE publishes them (ine.es/jaxi/files/_px/es/csv_sc/t20/p307/…: a2019/l0/a2_9,
 * «2.- Variaciones Residenciales Exteriores Altas por país de procedencia y tamaño del municipio
 * de destino»; a2017/l0/a2_30, «… Bajas por país de destino y edad»). The operation's name for
 * its exterior tables names both flows, so it is ambiguous under each; the direction is in
 * "Altas … procedencia" or "Bajas … destino". Its interior tables («Variaciones Residenciales
 * Interiores») count moves inside Spain and are left out.
 */

const INE = "INE, Estadística de Variaciones Residenciales, table";
const ALTAS =
  "Variaciones Residenciales Exteriores Altas por país de procedencia y tamaño del municipio de destino";
const BAJAS = "Variaciones Residenciales Exteriores Bajas por país de destino y edad";
const altasSource = `${INE} «2.- ${ALTAS}» (ine.es/jaxi/files/_px/es/csv_sc/t20/p307/a2019/l0/a2_9.csv_sc)`;
const bajasSource = `${INE} «2.- ${BAJAS}» (ine.es/jaxi/files/_px/es/csv_sc/t20/p307/a2017/l0/a2_30.csv_sc)`;

const exterior = (source: string): TermInput => ({
  text: "variaciones residenciales exteriores",
  verified: true,
  source,
  ambiguous: true,
});

export const spainResidentialVariationTerms: ExtraTerms = {
  "flow-immigration": {
    es: [
      exterior(altasSource),
      { text: "altas por país de procedencia", verified: true, source: altasSource },
    ],
  },
  "flow-emigration": {
    es: [
      exterior(bajasSource),
      { text: "bajas por país de destino", verified: true, source: bajasSource },
    ],
  },
};
