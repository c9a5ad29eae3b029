import type { ExtraTerms } from "./extra-terms";

/*
 * Acronyms and national shorthand that ministries and statistics offices write in file names,
 * sheet names and headers. Acronyms are a term kind of their own: matched only as written, in
 * the same letter case (core/src/tables/match-indicators.ts `writesAcronym`). Each was read in
 * a real publication, named in `source`. Left out on purpose: Serbian «IRL» (interno raseljena
 * lica) is also Ireland's ISO 3166 code, which country columns write in capitals; UK «UASC» is a
 * breakdown (unaccompanied children) of applications, decisions and care alike. A phrase that
 * holds an acronym ("OQTF prononcées") would be matched in any case, so none is listed.
 */

const HISTOIRE_IMMIGRATION_OQTF =
  "Musée national de l'histoire de l'immigration, « Qu'est-ce qu'une OQTF (obligation de quitter le territoire français) ? » (histoire-immigration.fr)";
const UKRAINE_IDP_DATABASE =
  "Ministry of Social Policy of Ukraine, Unified information database on internally displaced persons (ВПЛ), figures as reported by v-variant.com.ua and yaizakon.com.ua (2019)";
const DHS_LPR =
  "US DHS Office of Homeland Security Statistics, Lawful Permanent Residents (LPR) annual flow reports and Yearbook of Immigration Statistics (dhs.gov/ohss)";
const INE_PERE =
  "INE Spain, Estadística del Padrón de Españoles Residentes en el Extranjero (PERE), operation 85001 (ine.es)";
const TUNISIA_TRE =
  "Tunisiens résidant à l'étranger (TRE), Office des Tunisiens à l'Étranger and Banque centrale de Tunisie as reported by businessnews.com.tn and fr.allafrica.com (2025)";
const KIRS_IDP =
  "Komesarijat za izbeglice i migracije Republike Srbije, Interno raseljena lica (kirs.gov.rs, Latin and Cyrillic pages)";

const IOM_DTM_FR =
  "OIM, Matrice de suivi des déplacements (DTM), pages « Suivi des PDI » (dtm.iom.int/fr)";
const ACNUR_PDI =
  "ACNUR, « Desplazados internos » (acnur.org): personas desplazadas internas (en ocasiones, PDI)";
const UNHCR_IDPS =
  "UNHCR Refugee Data Finder, Annexes for Global and Mid-Year Trends: internally displaced persons (IDPs) (unhcr.org)";
const IOM_AVRR =
  "IOM, Assisted Voluntary Return and Reintegration (AVRR) programme pages and Return and Reintegration Key Highlights (iom.int)";

const IRCC_TRP =
  "Immigration, Refugees and Citizenship Canada, Evaluation of Temporary Resident Permits (2016), List of Acronyms: 'TRP / TRPs Temporary Resident Permit / Temporary Resident Permits'; the number of TRPs issued is given in the Annual Report to Parliament on Immigration (canada.ca)";

export const nationalShorthandTerms: ExtraTerms = {
  "flow-removals": {
    fr: [
      { text: "OQTF", kind: "acronym", verified: true, source: HISTOIRE_IMMIGRATION_OQTF },
      {
        text: "obligation de quitter le territoire français",
        verified: true,
        source: HISTOIRE_IMMIGRATION_OQTF,
      },
    ],
  },
  "stock-idps": {
    ru: [{ text: "ВПЛ", kind: "acronym", verified: true, source: UKRAINE_IDP_DATABASE }],
    en: [{ text: "IDPs", kind: "acronym", verified: true, source: UNHCR_IDPS }],
    fr: [
      { text: "PDI", kind: "acronym", verified: true, source: IOM_DTM_FR },
      { text: "personnes déplacées internes", verified: true, source: IOM_DTM_FR },
    ],
    // Chile's investigative police, which also counts border crossings, is the PDI too.
    es: [
      { text: "PDI", kind: "acronym", ambiguous: true, verified: true, source: ACNUR_PDI },
      { text: "personas desplazadas internas", verified: true, source: ACNUR_PDI },
    ],
    sr: [
      { text: "interno raseljena lica", verified: true, source: KIRS_IDP },
      { text: "интерно расељена лица", verified: true, source: KIRS_IDP },
    ],
  },
  "flow-residence-permits": {
    en: [
      { text: "LPR", kind: "acronym", ambiguous: true, verified: true, source: DHS_LPR },
      { text: "LPRs", kind: "acronym", ambiguous: true, verified: true, source: DHS_LPR },
      {
        text: "persons obtaining lawful permanent resident status",
        verified: true,
        source: DHS_LPR,
      },
      // Canada's permit for people otherwise inadmissible, counted as issued. «TRP» is also a
      // television rating point in media data: not decisive alone.
      { text: "TRP", kind: "acronym", ambiguous: true, verified: true, source: IRCC_TRP },
      { text: "TRPs", kind: "acronym", ambiguous: true, verified: true, source: IRCC_TRP },
      { text: "temporary resident permits", verified: true, source: IRCC_TRP },
    ],
  },
  "stock-permit-holders": {
    en: [
      { text: "LPR", kind: "acronym", ambiguous: true, verified: true, source: DHS_LPR },
      { text: "LPRs", kind: "acronym", ambiguous: true, verified: true, source: DHS_LPR },
    ],
  },
  "stock-emigrants": {
    es: [
      { text: "PERE", kind: "acronym", verified: true, source: INE_PERE },
      { text: "Padrón de Españoles Residentes en el Extranjero", verified: true, source: INE_PERE },
      { text: "españoles residentes en el extranjero", verified: true, source: INE_PERE },
    ],
    fr: [
      { text: "TRE", kind: "acronym", verified: true, source: TUNISIA_TRE },
      { text: "Tunisiens résidant à l'étranger", verified: true, source: TUNISIA_TRE },
    ],
  },
  "flow-assisted-return": {
    en: [{ text: "AVRR", kind: "acronym", verified: true, source: IOM_AVRR }],
  },
};
