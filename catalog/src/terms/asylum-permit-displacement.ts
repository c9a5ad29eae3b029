import type { ExtraTerms } from "./extra-terms";

/*
 * Short phrases for asylum claims, residence permits and displacement as official figures are
 * reported in prose, each read where its source says. Several name a flow and a stock alike (a
 * claim lodged is counted when lodged; a permit is issued, then held), so they are ambiguous.
 * Serbian keeps the genitive plural the reports write ("broj tražilaca azila"); the Cyrillic
 * forms were not found in a publication and stay, unverified, in the indicator files.
 */

const UNHCR_TRENDS_2012 =
  "UNHCR, Asylum Levels and Trends in Industrialized Countries 2012, as summarised by ecoi.net (ACCORD, Austrian Red Cross): 'asylum requests from Syrians'";
const COMAR_SOLICITUDES =
  "Comisión Mexicana de Ayuda a Refugiados (COMAR), cifras de «solicitudes de refugio» (2020–2024) as reported by EFE and expreso.com.mx";
const CHSTAT_PERMIS =
  "chstat.ch, « Nationalités »: « Evolution de la population avec un permis de séjour B et C » (source: OFS)";
const BELGIAN_SENATE_PERMIS =
  "Sénat de Belgique, question écrite n° 5-103 (2010), « Permis de séjour - Regroupement familial - Nombre » (senate.be)";
const ACNUR_TENDENCIAS_2017 =
  "ACNUR, Tendencias Globales 2017: «68,5 millones de personas desplazadas» (as quoted by vozporvos.com.ar, 2018)";
const NRC_IDMC_GRID_2024 =
  "Norwegian Refugee Council, press release on IDMC's 2024 Global Report on Internal Displacement, 'Conflicts drive new record of 75.9 million people living in internal displacement' (as published by zawya.com, 14 May 2024): 'Number of internally displaced people (IDPs)', 'leaving 1.7 million internally displaced by the end of the year'";
const UNRWA_SITREP_4 =
  "UNRWA Situation Report #4 on the Gaza Strip and the West Bank (11 October 2023, as republished by victoriamedia.net): 'Nearly 175,500 internally displaced people are sheltering in 88 UNRWA schools', 'bread was distributed to the displaced people in the shelters'";
const BCHR_ASYLUM =
  "Beogradski centar za ljudska prava (azil.rs), monthly 'Izbeglička situacija u Srbiji' reports 2017–2019: 'broj tražilaca azila', 'broj izbeglica i migranata'";

export const asylumPermitDisplacementTerms: ExtraTerms = {
  "flow-asylum-applications": {
    en: [{ text: "asylum requests", verified: true, source: UNHCR_TRENDS_2012 }],
    es: [{ text: "solicitudes de refugio", verified: true, source: COMAR_SOLICITUDES }],
    sr: [{ text: "tražilaca azila", ambiguous: true, verified: true, source: BCHR_ASYLUM }],
  },
  "stock-asylum-seekers": {
    sr: [{ text: "tražilaca azila", ambiguous: true, verified: true, source: BCHR_ASYLUM }],
  },
  "flow-residence-permits": {
    fr: [
      { text: "permis de séjour", ambiguous: true, verified: true, source: BELGIAN_SENATE_PERMIS },
    ],
  },
  "stock-permit-holders": {
    fr: [{ text: "permis de séjour", ambiguous: true, verified: true, source: CHSTAT_PERMIS }],
  },
  // Refugees, asylum seekers and internally displaced people together: no one indicator.
  "stock-idps": {
    // Reports write "internally displaced" as a predicate ("1.7 million internally displaced"),
    // and "displaced people" for the displaced of a crisis: both need a figure beside them.
    en: [
      { text: "internally displaced people", verified: true, source: NRC_IDMC_GRID_2024 },
      { text: "internally displaced", ambiguous: true, verified: true, source: NRC_IDMC_GRID_2024 },
      { text: "living in internal displacement", verified: true, source: NRC_IDMC_GRID_2024 },
      { text: "displaced people", ambiguous: true, verified: true, source: UNRWA_SITREP_4 },
    ],
    es: [
      {
        text: "personas desplazadas",
        ambiguous: true,
        verified: true,
        source: ACNUR_TENDENCIAS_2017,
      },
    ],
  },
};
