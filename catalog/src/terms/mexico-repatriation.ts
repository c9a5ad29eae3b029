import type { ExtraTerms } from "./extra-terms";

/*
 * Mexico counts the nationals the United States sends back as repatriations: the Interior
 * ministry's migration policy unit (UPM, now UPMRIP) publishes «eventos de repatriación de
 * mexicanos desde Estados Unidos», and the INM reports the «connacionales repatriados» it
 * receives. Seen from Mexico these are forced returns of its own nationals, the catalogue's
 * readmissions, not return migration by choice.
 */

const INM_2021 =
  "Instituto Nacional de Migración, comunicado (17 octubre 2021, as reported by sintesis.com.mx): «ha atendido a 181.064 connacionales repatriados de Estados Unidos … el programa de repatriación»";
const UPM_EVENTS =
  "Unidad de Política Migratoria (Segob): «la UPM reportó 219 mil 932 eventos totales de repatriación en 2016 … mexicanos repatriados desde EU» (conexionmigrante.com, 30 May 2017); INM with UPMRIP figures: «mexicanos fueron repatriados de EE.UU. en enero y febrero de 2023» (xevt.com)";

export const mexicoRepatriationTerms: ExtraTerms = {
  "flow-readmissions": {
    es: [
      { text: "connacionales repatriados", verified: true, source: INM_2021 },
      { text: "eventos de repatriación", verified: true, source: UPM_EVENTS },
      { text: "mexicanos repatriados", verified: true, source: UPM_EVENTS },
      { text: "repatriación de mexicanos", verified: true, source: UPM_EVENTS },
    ],
  },
};
