import type { ExtraTerms } from "./extra-terms";

/*
 * Frontier (cross-border) workers: people who work in one country and live in a neighbouring
 * one, returning home daily or at least weekly. ICLS 2018 counts these non-resident foreign
 * workers with the migrant workers attached to a country's labour market, and statistics
 * offices publish them as a stock per quarter (Swiss FSO «frontaliers étrangers», STATEC
 * Luxembourg «frontaliers»), so the terms name stock-migrant-workers. Each was read where the
 * source says; Russian and Arabic forms of the UN convention's term were not found, so none is
 * listed.
 */

const EU_883_2004 =
  "Regulation (EC) No 883/2004, Article 1(f), 'frontier worker', as quoted by Eurofound's EurWORK industrial relations dictionary (eurofound.europa.eu), which also uses 'cross-border worker'";
const UN_RECOMMENDATIONS_1998 =
  "United Nations, Recommendations on Statistics of International Migration, Revision 1 (Statistical Papers M No. 58, 1998): 'foreign border workers'";
const OFS_STAF =
  "Office fédéral de la statistique (OFS), Statistique des frontaliers (STAF): « frontaliers de nationalité étrangère », « travailleurs frontaliers », as its releases are quoted by Le Temps, RTS and the Union patronale suisse (2008–2015)";
const STATEC_FRONTALIER =
  "STATEC Luxembourg, définitions: « frontalier » (Regulation (EEC) 1408/71, Article 1; statistiques.public.lu)";
const EU_883_2004_ES =
  "Reglamento (CE) n.º 883/2004, artículo 1, letra f): «trabajador fronterizo» (Spanish text of Article 1(f))";

export const frontierWorkerTerms: ExtraTerms = {
  "stock-migrant-workers": {
    en: [
      { text: "frontier workers", verified: true, source: EU_883_2004 },
      { text: "cross-border workers", verified: true, source: EU_883_2004 },
      { text: "foreign border workers", verified: true, source: UN_RECOMMENDATIONS_1998 },
    ],
    fr: [
      { text: "frontaliers", verified: true, source: OFS_STAF },
      { text: "frontaliers étrangers", verified: true, source: OFS_STAF },
      { text: "travailleurs frontaliers", verified: true, source: OFS_STAF },
      { text: "frontalier", verified: true, source: STATEC_FRONTALIER },
    ],
    es: [{ text: "trabajadores fronterizos", verified: true, source: EU_883_2004_ES }],
  },
};
