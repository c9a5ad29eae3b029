/** The report's own words in French. */
import type { ReportStrings } from "./en";

export const fr: ReportStrings = {
  title: (profile) => `Rapport sur les lacunes des données migratoires : ${profile}`,
  subtitle: (date, sources, catalogue) => `${date} · ${sources} sources · catalogue ${catalogue}`,
  executiveSummary: "Résumé analytique",
  overallScore: "Score global",
  scale:
    "0 signifie qu'aucune des données nécessaires n'existe ; 100 que chaque indicateur nécessaire est disponible avec les ventilations, la fréquence, l'actualité, la couverture géographique, la définition, l'accès et l'ouverture demandés par le profil (notation de type ODIN, annexe A).",
  availabilityHeading: "Disponibilité des indicateurs nécessaires",
  keyFindings: "Principaux constats",
  urgentActions: "Les cinq actions les plus urgentes",
  noActions:
    "Aucune action n'est nécessaire : tous les éléments de tous les indicateurs sont satisfaits.",
  chartsHeading: "Scores et disponibilité",
  figure: (n, title) => `Figure ${n}. ${title}`,
  chartBySection: "Score par section du profil migratoire (0–100)",
  chartByArea: "Score par domaine d'action (0–100)",
  chartByProducer:
    "Indicateurs nécessaires fournis par chaque producteur, selon leur disponibilité",
  chartNoProducers:
    "Aucune source n'est encore enregistrée : aucun producteur ne fournit d'indicateur nécessaire.",
  sourceLine: (sources, profile, catalogue, date) =>
    `Source : évaluation Gapmap de ${sources} sources au regard de « ${profile} » ; catalogue ${catalogue} ; ${date}.`,
  sectionsHeading: "Indicateurs par partie du profil migratoire",
  indicator: "Indicateur",
  availability: "Disponibilité",
  mainGap: "Lacune principale",
  source: "Source",
  noGap: "aucune",
  noSource: "aucune source",
  moreSources: (n) => `et ${n} autres`,
  actionPlanHeading: "Plan d'action par organisme responsable",
  action: "Action",
  priority: "Priorité",
  timeline: "Échéance",
  targetYear: "Année cible",
  progressHeading: "Progrès depuis l'édition précédente",
  progressSummary: (previous, closed, opened, changed) =>
    `Depuis l'édition du ${previous} : ${closed} lacunes comblées, ${opened} nouvelles, ${changed} modifiées.`,
  gapsClosed: "Lacunes comblées",
  gapsOpened: "Nouvelles lacunes",
  gapsChanged: "Lacunes modifiées",
  gapType: "Lacune",
  change: "Changement",
  scoreChanges: "Évolution des scores",
  scoreBefore: "Avant",
  scoreAfter: "Maintenant",
  none: "Aucune.",
  annexMethod: "Annexe A. Méthode",
  methodIntro: (profile, preset, year, count) =>
    `Besoins : « ${profile} » (${preset}), année de référence ${year}, ${count} indicateurs. Chaque indicateur obtient un score de 0 à 100 : chaque élément est pleinement satisfait (1 point), partiellement (0,5) ou pas du tout (0), pondéré comme ci-dessous. Les scores des sections, des domaines et le score global sont des moyennes des scores des indicateurs pondérées par la priorité.`,
  element: "Élément",
  weight: "Poids",
  definitionsHeading: "Définitions",
  availabilityDefinitions: {
    available:
      "tous les éléments requis (données, ventilations, fréquence, actualité, géographie) sont satisfaits",
    partial:
      "une source directe existe, mais les ventilations, la fréquence, l'actualité ou la géographie sont insuffisantes",
    "proxy-or-national-variant":
      "seulement des indicateurs indirects, ou toutes les sources documentées s'écartent de la définition standard",
    none: "aucune source ne fournit l'indicateur",
  },
  annexSources: "Annexe B. Sources",
  sourceId: "ID",
  producer: "Producteur",
  years: "Années",
  access: "Accès",
  derivedBlocks: (list) => `Contient aussi, calculé à partir des mêmes chiffres : ${list}`,
  derivedKinds: { change: "variation", distribution: "répartition" },
  noSources: "L'inventaire ne contient encore aucune source.",
  englishMark: "*",
  englishNote: "* En anglais : le catalogue n'a pas encore de nom dans cette langue.",
  unknownProducer: "Producteur non indiqué",
  otherProducers: (n) => `${n} autres producteurs`,
  pageOf: ["Page ", " sur "],
  findings: {
    coverage: (n, total, available) =>
      `${n} des ${total} indicateurs nécessaires ont au moins une source ; ${available} sont pleinement disponibles.`,
    emptyInventory: (needed) =>
      `L'inventaire est vide : aucune source n'a été enregistrée, les ${needed} indicateurs nécessaires sont donc tous des lacunes de données.`,
    uncoveredAll: (sections) =>
      `Aucune source ne couvre l'une quelconque des ${sections} sections.`,
    uncoveredSections: (list) => `Aucune source ne couvre ${list}.`,
    sectionCount: (name, n) => `${name} (${n} indicateurs)`,
    onlyInternational: (section, sources) =>
      `${section} n'est connu que par des données internationales ou des pays de destination (${sources}).`,
    highPriority: (missing, total) =>
      `${missing} des ${total} indicateurs hautement prioritaires n'ont aucune source.`,
    commonGap: (gap, n, covered) =>
      `${gap} est la lacune la plus fréquente : elle touche ${n} des ${covered} indicateurs disposant de données.`,
    missingBreakdown: (dimension, n) =>
      ` La ventilation la plus souvent manquante est : ${dimension} (${n} indicateurs).`,
    outdated: (n) =>
      `Pour ${n} indicateurs, les dernières données sont plus anciennes que ce que le profil exige.`,
    definitions: (n) =>
      `${n} indicateurs reposent uniquement sur des définitions nationales différentes de la norme internationale.`,
    range: (best, bestScore, worst, worstScore) =>
      `Les scores vont de ${bestScore}/100 pour ${best} à ${worstScore}/100 pour ${worst}.`,
    notPublic: (n, total) =>
      `${n} des ${total} sources ne sont pas publiques (sur demande ou restreintes).`,
  },
  process: {
    heading: "Annexe C. Le processus du profil",
    intro: (total, done, inProgress) =>
      `Les ${total} étapes de la note d'orientation de l'OIM « Profils migratoires : tirer le meilleur parti du processus » (2011), en trois phases : ${done} terminées, ${inProgress} en cours. Gapmap suit lui-même trois étapes (données existantes, nouvelles données, validation du contenu) ; un statut qu'il a fixé est signalé comme tel.`,
    notRecorded:
      "Le processus du profil n'a pas été consigné : aucune des 15 étapes de la note d'orientation de l'OIM n'a encore de responsable, de dates ni de statut.",
    number: "N°",
    step: "Étape",
    owner: "Responsable",
    start: "Début",
    due: "Échéance",
    status: "Statut",
    notes: "Notes",
    setByGapmap: "fixé par Gapmap",
    requestsHeading: "Demandes de données aux organismes",
    requestsIntro: (requested, needed) =>
      `${requested} des ${needed} indicateurs nécessaires ont été demandés à un organisme.`,
    state: "État",
    indicators: "Indicateurs",
    questionsHeading: "Indicateurs renvoyés avec des questions",
    agency: "Organisme",
    questionsOn: "Date",
    questions: "Questions",
    noQuestions: "Aucun indicateur n'a été renvoyé avec des questions.",
  },
};
