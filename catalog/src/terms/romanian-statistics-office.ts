import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Romania's statistics: the INS counts emigrants who give up their Romanian domicile
 * («emigranți cu schimbarea domiciliului», TEMPO matrix POP309A) apart from the temporary
 * emigrants of the usual-residence concept; both are flows. Romanian writing on labour
 * migration calls it «migrația forței de muncă», as the Romanian Academy's economics institute
 * does in its chapter on migration statistics; like English "labour migration"
 * (labour-migration.ts) the subject names the workers who leave or the workers a country hosts,
 * so it is ambiguous between the two.
 */

const INS_POP309A =
  "INS, TEMPO-Online, POP309A «Emigranti definitivi pe sexe, macroregiuni, regiuni de dezvoltare si judete de plecare», definiție: «Emigranti cu schimbarea domiciliului sunt persoanele (de cetatenie romana) care emigreaza in strainatate» (statistici.insse.ro, last updated 03-06-2024)";
const INCE_CHAPTER =
  "Academia Română, Institutul de Economie Națională: V. Vasile, S. Perț, V. Ioan-Franc, A. Turcea, L. Vasile, «Statistica migraţiei», cap. 3 (2005): «Gestionarea optimă a migraţiei forţei de muncă … migraţia internaţională a forţei de muncă devine factor important al globalizării pieţei muncii» (as read at ro.scribd.com/document/490616807)";

const subject = (text: string): TermInput => ({
  text,
  verified: true,
  source: INCE_CHAPTER,
  ambiguous: true,
});

export const romanianStatisticsTerms: ExtraTerms = {
  "flow-emigration": {
    ro: [{ text: "emigranți cu schimbarea domiciliului", verified: true, source: INS_POP309A }],
  },
  "stock-migrant-workers": {
    ro: [subject("migrația forței de muncă"), subject("migrația internațională a forței de muncă")],
  },
  "flow-labour-emigration": {
    ro: [subject("migrația forței de muncă"), subject("migrația internațională a forței de muncă")],
  },
};
