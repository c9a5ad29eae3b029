import type { ExtraTerms } from "./extra-terms";

/*
 * Terms of the European Migration Network's Asylum and Migration Glossary, as its entries give
 * them in English, French, Spanish and Romanian (the glossary has no Russian, Serbian or Arabic
 * column in the stored entries that were read). Each source names the entry. The glossary's
 * own spelling is kept (Romanian with cedilla letters where the entry has them); matching folds
 * diacritics anyway.
 */

const emn = (entry: string) =>
  `EMN Asylum and Migration Glossary, entry "${entry}" (home-affairs.ec.europa.eu)`;

const APPLICATION_IP = emn("application for international protection");
const APPLICATION_ASYLUM = emn("application for asylum");
const RETURN_DECISION = emn("return decision");
const REFUSAL_OF_ENTRY = emn("refusal of entry");
const NATURALISATION = emn("naturalisation");
const ACQUISITION = emn("acquisition of citizenship");
const FAMILY_REUNIFICATION = emn("family reunification");
const RESETTLEMENT = emn("resettlement");
const RESIDENCE_DOCUMENT = emn("residence document");

export const emnGlossaryTerms: ExtraTerms = {
  "flow-asylum-applications": {
    en: [{ text: "application for asylum", verified: true, source: APPLICATION_ASYLUM }],
    fr: [
      { text: "demande de protection internationale", verified: true, source: APPLICATION_IP },
      { text: "demande d'asile", verified: true, source: APPLICATION_ASYLUM },
    ],
    es: [
      { text: "solicitud de protección internacional", verified: true, source: APPLICATION_IP },
      { text: "solicitud de asilo", verified: true, source: APPLICATION_ASYLUM },
    ],
    ro: [
      { text: "cerere pentru protecţie internaţională", verified: true, source: APPLICATION_IP },
      { text: "cerere de azil", verified: true, source: APPLICATION_ASYLUM },
    ],
  },
  "flow-removals": {
    en: [{ text: "return decision", verified: true, source: RETURN_DECISION }],
    fr: [{ text: "décision de retour", verified: true, source: RETURN_DECISION }],
    es: [{ text: "resolución de expulsión", verified: true, source: RETURN_DECISION }],
    ro: [{ text: "decizie de returnare", verified: true, source: RETURN_DECISION }],
  },
  "flow-refusals-of-entry": {
    en: [{ text: "refusal of entry", verified: true, source: REFUSAL_OF_ENTRY }],
    fr: [{ text: "refus d'entrée", verified: true, source: REFUSAL_OF_ENTRY }],
    es: [{ text: "denegación de entrada", verified: true, source: REFUSAL_OF_ENTRY }],
    ro: [{ text: "refuzarea intrării", verified: true, source: REFUSAL_OF_ENTRY }],
  },
  "flow-naturalisations": {
    en: [{ text: "acquisition of citizenship", verified: true, source: ACQUISITION }],
    fr: [{ text: "acquisition de la nationalité", verified: true, source: ACQUISITION }],
    es: [{ text: "adquisición de nacionalidad", verified: true, source: NATURALISATION }],
    ro: [
      { text: "obţinerea cetăţeniei", verified: true, source: NATURALISATION },
      { text: "naturalizare", verified: true, source: NATURALISATION },
    ],
  },
  "flow-family-reunification": {
    en: [{ text: "family reunification", verified: true, source: FAMILY_REUNIFICATION }],
    fr: [{ text: "regroupement familial", verified: true, source: FAMILY_REUNIFICATION }],
    es: [{ text: "reagrupación familiar", verified: true, source: FAMILY_REUNIFICATION }],
    ro: [{ text: "reunificarea familiei", verified: true, source: FAMILY_REUNIFICATION }],
  },
  "flow-resettlement": {
    // One word each, and "réinstallation" also means reinstalling software: not decisive alone.
    fr: [{ text: "réinstallation", ambiguous: true, verified: true, source: RESETTLEMENT }],
    es: [{ text: "reasentamiento", ambiguous: true, verified: true, source: RESETTLEMENT }],
  },
  "flow-residence-permits": {
    es: [
      {
        text: "documento de residencia",
        ambiguous: true,
        verified: true,
        source: RESIDENCE_DOCUMENT,
      },
    ],
    ro: [
      { text: "document de şedere", ambiguous: true, verified: true, source: RESIDENCE_DOCUMENT },
    ],
  },
  "stock-permit-holders": {
    es: [
      {
        text: "documento de residencia",
        ambiguous: true,
        verified: true,
        source: RESIDENCE_DOCUMENT,
      },
    ],
    ro: [
      { text: "document de şedere", ambiguous: true, verified: true, source: RESIDENCE_DOCUMENT },
    ],
  },
};
