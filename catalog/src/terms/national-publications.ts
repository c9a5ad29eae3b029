import type { ExtraTerms } from "./extra-terms";

/*
 * Phrases as national statistics offices and asylum authorities write them in their releases,
 * each read in the publication named by its source. Serbian keeps the script the publication
 * used (the Statistical Office publishes both).
 */

const RZS_MIGRATION =
  "Republički zavod za statistiku Srbije, Migracije stanovništva / Миграције становништва (stat.gov.rs, Latin and Cyrillic pages)";
const BCHR_ASYLUM =
  "Beogradski centar za ljudska prava (azil.rs), monthly 'Izbeglička situacija u Srbiji' reports and 'Rad Kancelarije za azil u 2018. godini', citing the Asylum Office";
const EQUALITY_COMMISSIONER =
  "Повереник за заштиту равноправности, препорука мера Министарству унутрашњих послова бр. 07-00-465/2024-02 (ravnopravnost.gov.rs, 2024)";
const ROMANIANS_ABROAD =
  "Departamentul / Ministerul pentru Românii de Pretutindeni figures as reported by gandul.ro (2022) and Agerpres via 9am.ro (2019)";

export const nationalPublicationTerms: ExtraTerms = {
  "flow-internal-migration": {
    sr: [
      { text: "унутрашње миграције", verified: true, source: RZS_MIGRATION },
      { text: "lica koja su promenila prebivalište", verified: true, source: RZS_MIGRATION },
      { text: "лица која су променила пребивалиште", verified: true, source: RZS_MIGRATION },
    ],
  },
  "flow-asylum-applications": {
    sr: [
      { text: "namera za traženje azila", verified: true, source: BCHR_ASYLUM },
      { text: "zahtev za azil", verified: true, source: BCHR_ASYLUM },
    ],
  },
  "flow-asylum-decisions": {
    sr: [
      { text: "rešenja o odbijanju zahteva za azil", verified: true, source: BCHR_ASYLUM },
      { text: "rešenje o dodeli supsidijarne zaštite", verified: true, source: BCHR_ASYLUM },
    ],
  },
  "flow-trafficking-victims": {
    sr: [{ text: "жртве трговине људима", verified: true, source: EQUALITY_COMMISSIONER }],
  },
  "stock-emigrants": {
    ro: [{ text: "românii de pretutindeni", verified: true, source: ROMANIANS_ABROAD }],
  },
};
