import type { ExtraTerms } from "./extra-terms";

/*
 * Canadian and Quebec French calls the immigrant stock «population immigrante» (France's INSEE
 * writes «population immigrée», already in the catalogue). Without the phrase the words read as
 * the total population, a context indicator, with immigration a distant second.
 */

const OECD_QUEBEC =
  "OCDE, « Intégrer les immigrants pour stimuler l'innovation au Québec, Canada » (2020), chapitre 2 : « l’ensemble de la population immigrante résidente » (oecd.org/fr/publications/2020/06/integrer-les-immigrants-pour-stimuler-l-innovation-au-quebec-canada_00c075bc)";
const ISQ_GATINEAU =
  "Institut de la statistique du Québec, mise à jour « migrations et population immigrante » (5 avril 2011, as reported by psychomedia.qc.ca); Ville de Gatineau, « Profil de la population immigrante » (docplayer.fr/10081562)";

export const immigrantPopulationTerms: ExtraTerms = {
  "stock-immigrants": {
    fr: [
      { text: "population immigrante", verified: true, source: OECD_QUEBEC },
      { text: "population immigrante résidente", verified: true, source: OECD_QUEBEC },
      { text: "profil de la population immigrante", verified: true, source: ISQ_GATINEAU },
    ],
  },
};
