import type { ExtraTerms } from "./extra-terms";

/*
 * Overseas workers as South Asia's emigration bureaus count them: every worker who registers
 * before leaving for a job abroad is a departure, so their tables are flows of labour emigration
 * ("Departures for Foreign Employment", "workers proceeded abroad for employment", "manpower
 * export"). The bureaus' acronyms head their files and sheets. Pakistan's ministry counts its
 * citizens living, working or studying abroad as "Overseas Pakistanis": the stock abroad.
 */

const SLBFE_2007 =
  "Sri Lanka Bureau of Foreign Employment (SLBFE), Annual Statistical Report of Foreign Employment 2007: 'Departures for Foreign Employment 1986-2007' (studylib.net/doc/8582236)";
const MOPHRD_2014 =
  "Ministry of Overseas Pakistanis and Human Resource Development, Year Book 2013-14: Table 5 'number of workers proceeded Abroad for employment registered by Bureau of Emigration & Overseas Employment'; Table 1 'Number of Overseas Pakistanis Living/Working Studying in Different Regions/Countries of the World' (fr.scribd.com/document/360924940)";
const BEOE_2018 =
  "Bureau of Emigration and Overseas Employment (HQ), 'Analysis of Manpower Export 2018': 'Annual Flow of Pakistani Emigrants (2008-2018)' (de.scribd.com/document/441068861); acronym 'BEOE Bureau of Emigration and Overseas Employment' in the list of acronyms of the National Emigration and Welfare Policy for Overseas Pakistanis, Policy Brief (September 2020)";

export const overseasEmploymentTerms: ExtraTerms = {
  "flow-labour-emigration": {
    en: [
      { text: "departures for foreign employment", verified: true, source: SLBFE_2007 },
      { text: "SLBFE", kind: "acronym", verified: true, source: SLBFE_2007 },
      { text: "proceeded abroad for employment", verified: true, source: MOPHRD_2014 },
      { text: "manpower export", verified: true, source: BEOE_2018 },
      { text: "BEOE", kind: "acronym", verified: true, source: BEOE_2018 },
    ],
  },
  "stock-emigrants": {
    en: [{ text: "Overseas Pakistanis", verified: true, source: MOPHRD_2014 }],
  },
};
