import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * French titles of official migration tables where the catalogue had only other wordings:
 * Eurostat's French edition of Statistics Explained («Statistiques sur la migration et la
 * population migrante»: its tables are titled «Immigration par nationalité», «Population non
 * nationale …», «Personnes ayant acquis la nationalité du pays déclarant»), the Interior
 * ministry's releases on removals and residence permits (DGEF, on data.gouv.fr), and the
 * Observatoire des territoires' note on residential mobility in the census. INSEE counts the
 * people born abroad («personnes nées à l'étranger»: immigrants and French people born abroad)
 * as the foreign-born of international comparisons. INSEE's census
 * asks where each person lived a year before; the moves it counts («mobilité résidentielle»,
 * «migrations résidentielles») are internal migration in the catalogue's sense. «Éloignements
 * aidés» is left out: it is a removal carried out with return aid, read both ways.
 */

const EUROSTAT_SE_FR =
  "Eurostat, Statistics Explained, « Statistiques sur la migration et la population migrante » (ec.europa.eu/eurostat/statistics-explained/index.php/Migration_and_migrant_population_statistics/fr, data extracted May 2016): Tableau 1 « Immigration par nationalité » (migr_imm1ctz), Tableau 2 « Immigration par pays de naissance » (migr_imm3ctb), Tableau 3 « Immigration par pays de résidence antérieure » (migr_imm5prv), Tableau 5 « Population non nationale par groupe de nationalités » (migr_pop1ctz), Graphique 5 « Part des non-nationaux dans la population résidente », Tableau 7 « Personnes ayant acquis la nationalité du pays déclarant » (migr_acq)";
const DGEF_REMOVALS =
  "Ministère de l'Intérieur (DGEF), jeu de données « Éloignements » (data.gouv.fr/fr/datasets/15066-eloignements): « Les retours forcés … Les éloignements et départs aidés … Départs volontaires aidés, qui concernent des étrangers en situation irrégulière décidant de quitter le territoire … tout en ayant recours à une aide »";
const DGEF_PERMITS =
  "Ministère de l'Intérieur (DGEF), « Les titres de séjour, publication du 21 janvier 2021 » (data.gouv.fr/en/datasets/les-titres-de-sejour-publication-du-21-janvier-2021): « Les premiers titres de séjour correspondent aux titres délivrés aux étrangers majeurs à la suite d'une première demande de séjour … Le stock de titres valides en circulation … »";
const OBSERVATOIRE =
  "Observatoire des territoires (ANCT), méthode « Observer la mobilité résidentielle avec le recensement de la population » (observatoire-des-territoires.gouv.fr/methodes/observer-la-mobilite-residentielle-avec-le-recensement-de-la-population, 27/09/2020): fichier Insee « migrations résidentielles des individus », lieu de résidence au 1er janvier de l'année précédente";

const INSEE_1829 =
  "Insee Première n° 1829 (décembre 2020), « Les personnes nées françaises à l'étranger … » (insee.fr/fr/statistiques/4991700): « En 2019, 8,4 millions de personnes vivant en France sont nées à l'étranger » (immigrés and French-born-abroad together: the international definition); INED, « Immigrés et étrangers » (ined.fr/fr/pop_chiffres/france/immigres_etrangers): « Parmi les personnes nées à l'étranger … »";

const term = (text: string, source: string): TermInput => ({ text, verified: true, source });

export const frenchOfficialTitleTerms: ExtraTerms = {
  "flow-immigration": {
    fr: [
      term("immigration par nationalité", EUROSTAT_SE_FR),
      term("immigration par pays de naissance", EUROSTAT_SE_FR),
      term("immigration par pays de résidence antérieure", EUROSTAT_SE_FR),
    ],
  },
  "stock-foreign-citizens": { fr: [term("population non nationale", EUROSTAT_SE_FR)] },
  "stock-immigrants": { fr: [term("personnes nées à l'étranger", INSEE_1829)] },
  "demo-migrant-share": { fr: [term("part des non-nationaux", EUROSTAT_SE_FR)] },
  "flow-naturalisations": {
    fr: [term("personnes ayant acquis la nationalité", EUROSTAT_SE_FR)],
  },
  "flow-removals": { fr: [term("retours forcés", DGEF_REMOVALS)] },
  "flow-assisted-return": { fr: [term("départs volontaires aidés", DGEF_REMOVALS)] },
  "flow-residence-permits": {
    fr: [term("délivrances de premiers titres de séjour", DGEF_PERMITS)],
  },
  "stock-permit-holders": { fr: [term("stock de titres valides", DGEF_PERMITS)] },
  "flow-internal-migration": {
    fr: [
      term("mobilité résidentielle", OBSERVATOIRE),
      term("migrations résidentielles", OBSERVATOIRE),
    ],
  },
};
