/**
 * The gap explanations in French (unverified: our own wording). A narrow no-break space goes
 * before ":" and ";", and inside « », as French typography wants.
 */
import type { GapDetailStrings } from "./strings";
import { conjunctionList, formatCount } from "./plural";

const NB = "\u202f";

export const fr: GapDetailStrings = {
  dataNone: "aucune source ne fournit cet indicateur",
  dataProxy: "seules des données indirectes (proxy) sont disponibles",
  dataAvailable: "données disponibles",
  disaggregationMet: "toutes les ventilations requises sont disponibles",
  disaggregationMissing: (list) => `ventilations manquantes${NB}: ${list}`,
  reportingUnknown: (needed) => `fréquence de publication inconnue (requise${NB}: ${needed})`,
  reportingMet: (published) => `publication ${published}`,
  reportingShort: (published, needed) => `publication ${published}, requise${NB}: ${needed}`,
  timelinessNoYears: (needed) => `aucune année enregistrée (requise${NB}: ${needed} ou après)`,
  timelinessMet: (latest) => `dernière année${NB}: ${latest}`,
  timelinessLate: (latest, needed) =>
    `dernière année${NB}: ${latest}, requise${NB}: ${needed} ou après`,
  geographicNone: (needed) => `niveau géographique non enregistré (requis${NB}: ${needed})`,
  geographicMet: (available) => `niveau disponible${NB}: ${available}`,
  geographicShort: (available, needed) =>
    `niveau disponible${NB}: ${available}, requis${NB}: ${needed}`,
  definitionNoStandard: "aucune définition standard à laquelle comparer",
  definitionStandard: "suit la définition standard",
  definitionUndocumented: `définition non documentée${NB}; comparaison avec la norme impossible`,
  definitionDiffers: (list) => `diffère de la norme${NB}: ${list}`,
  deviationField: (label, record, standard, source) =>
    `${label}${NB}: ${record} au lieu de ${standard} (norme${NB}: ${source})`,
  deviationVariant: (label, criterion) =>
    `variante nationale «${NB}${label}${NB}»${criterion === undefined ? "" : `${NB}: ${criterion}`}`,
  recordsNone: "aucune source répertoriée",
  accessPublic: "accessible au public",
  accessLevel: (access) => `accès${NB}: ${access}`,
  opennessUndocumented: "ouverture non documentée",
  opennessMet: "remplit tous les critères d’ouverture ODIN",
  opennessLacks: (list) => `critères manquants${NB}: ${list}`,
  partly: (label) => `${label} (en partie)`,
  qualityMet: "aucun signalement de qualité",
  qualityFlags: (list) => `signalements de qualité${NB}: ${list}`,
  periodicity: (code) =>
    ({
      continuous: "continue",
      monthly: "mensuelle",
      quarterly: "trimestrielle",
      annual: "annuelle",
      "multi-year": "pluriannuelle",
      "ad-hoc": "ponctuelle",
      unknown: "de fréquence inconnue",
    })[code],
  frequency: (code) =>
    ({
      monthly: "mensuelle",
      quarterly: "trimestrielle",
      annual: "annuelle",
      "multi-year": "pluriannuelle",
    })[code],
  geography: (code) =>
    ({
      national: "national",
      "admin-1": "1er niveau administratif",
      "admin-2": "2e niveau administratif",
    })[code],
  access: (code) =>
    ({ public: "public", "on-request": "sur demande", restricted: "restreint" })[code],
  qualityFlag: (code) =>
    ({
      estimate: "estimation",
      "minimum-count": "comptage minimal",
      "break-in-series": "rupture de série",
      "inconsistent-unit": "unité incohérente",
      provisional: "provisoire",
      modelled: "modélisé",
    })[code],
  opennessElement: {
    machineReadable: "format lisible par machine",
    nonProprietary: "format non propriétaire",
    downloadOptions: "options de téléchargement (en bloc, sélection, API)",
    metadata: "métadonnées",
    openLicence: "licence ouverte",
  },
  fieldLabel: {
    residenceThresholdMonths: "seuil de résidence",
    residenceBasis: "base de résidence",
    migrantCriterion: "critère de migrant",
    countingUnit: "unité de compte",
    includesCitizens: "propres ressortissants",
  },
  paramValue: {
    usual: "résidence habituelle",
    registered: "résidence enregistrée",
    "legal-permanent": "résidence permanente légale",
    birth: "pays de naissance",
    citizenship: "nationalité",
    "birth-and-citizenship": "pays de naissance et nationalité",
    immigre: "né étranger à l’étranger (immigré)",
    permit: "détention d’un titre de séjour",
    persons: "personnes",
    events: "événements",
    cases: "dossiers",
    money: "montants",
  },
  months: (n) => `${formatCount("fr", n)} mois`,
  citizensIncluded: "inclus",
  citizensExcluded: "exclus",
  list: (items) => conjunctionList("fr", items),
  deviationList: (items) => items.join(`${NB}; `),
};
