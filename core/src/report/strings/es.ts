/** The report's own words in Spanish. */
import type { ReportStrings } from "./en";

export const es: ReportStrings = {
  title: (profile) => `Informe de brechas de datos migratorios: ${profile}`,
  subtitle: (date, sources, catalogue) => `${date} · ${sources} fuentes · catálogo ${catalogue}`,
  executiveSummary: "Resumen ejecutivo",
  overallScore: "Puntuación global",
  scale:
    "0 significa que no existe ninguno de los datos necesarios; 100, que cada indicador necesario está disponible con los desgloses, la frecuencia, la actualidad, la cobertura geográfica, la definición, el acceso y la apertura que pide el perfil (puntuación de tipo ODIN, anexo A).",
  availabilityHeading: "Disponibilidad de los indicadores necesarios",
  keyFindings: "Principales hallazgos",
  urgentActions: "Las cinco acciones más urgentes",
  noActions:
    "No se necesita ninguna acción: se cumplen todos los elementos de todos los indicadores.",
  chartsHeading: "Puntuaciones y disponibilidad",
  figure: (n, title) => `Gráfico ${n}. ${title}`,
  chartBySection: "Puntuación por sección del perfil migratorio (0–100)",
  chartByArea: "Puntuación por área de política (0–100)",
  chartByProducer: "Indicadores necesarios que aporta cada productor, según su disponibilidad",
  chartNoProducers:
    "Aún no hay fuentes registradas: ningún productor aporta indicadores necesarios.",
  sourceLine: (sources, profile, catalogue, date) =>
    `Fuente: evaluación de Gapmap de ${sources} fuentes frente a «${profile}»; catálogo ${catalogue}; ${date}.`,
  sectionsHeading: "Indicadores por parte del perfil migratorio",
  indicator: "Indicador",
  availability: "Disponibilidad",
  mainGap: "Brecha principal",
  source: "Fuente",
  noGap: "ninguna",
  noSource: "sin fuente",
  moreSources: (n) => `y ${n} más`,
  actionPlanHeading: "Plan de acción por organismo responsable",
  action: "Acción",
  priority: "Prioridad",
  timeline: "Plazo",
  targetYear: "Año meta",
  progressHeading: "Avances desde la edición anterior",
  progressSummary: (previous, closed, opened, changed) =>
    `Desde la edición del ${previous}: ${closed} brechas cerradas, ${opened} abiertas, ${changed} modificadas.`,
  gapsClosed: "Brechas cerradas",
  gapsOpened: "Brechas abiertas",
  gapsChanged: "Brechas modificadas",
  gapType: "Brecha",
  change: "Cambio",
  scoreChanges: "Cambios de puntuación",
  scoreBefore: "Antes",
  scoreAfter: "Ahora",
  none: "Ninguno.",
  annexMethod: "Anexo A. Método",
  methodIntro: (profile, preset, year, count) =>
    `Necesidades: «${profile}» (${preset}), año de referencia ${year}, ${count} indicadores. Cada indicador puntúa de 0 a 100: cada elemento se cumple plenamente (1 punto), en parte (0,5) o no se cumple (0), con las ponderaciones siguientes. Las puntuaciones de secciones, áreas y la global son medias de las puntuaciones de los indicadores ponderadas por prioridad.`,
  element: "Elemento",
  weight: "Peso",
  definitionsHeading: "Definiciones",
  availabilityDefinitions: {
    available:
      "se cumplen todos los elementos requeridos (datos, desgloses, frecuencia, actualidad, geografía)",
    partial:
      "existe una fuente directa, pero los desgloses, la frecuencia, la actualidad o la geografía no alcanzan",
    "proxy-or-national-variant":
      "solo indicadores aproximados, o todas las fuentes documentadas se apartan de la definición estándar",
    none: "ninguna fuente aporta el indicador",
  },
  annexSources: "Anexo B. Fuentes",
  sourceId: "ID",
  producer: "Productor",
  years: "Años",
  access: "Acceso",
  derivedBlocks: (list) => `Incluye también, calculado con las mismas cifras: ${list}`,
  derivedKinds: { change: "variación", distribution: "distribución" },
  noSources: "El inventario aún no contiene fuentes.",
  englishMark: "*",
  englishNote: "* En inglés: el catálogo aún no tiene un nombre en este idioma.",
  unknownProducer: "Productor no registrado",
  otherProducers: (n) => `otros ${n} productores`,
  pageOf: ["Página ", " de "],
  findings: {
    coverage: (n, total, available) =>
      `${n} de los ${total} indicadores necesarios tienen al menos una fuente; ${available} están plenamente disponibles.`,
    emptyInventory: (needed) =>
      `El inventario está vacío: no se ha registrado ninguna fuente, por lo que los ${needed} indicadores necesarios son brechas de datos.`,
    uncoveredAll: (sections) => `Ninguna fuente cubre ninguna de las ${sections} secciones.`,
    uncoveredSections: (list) => `Ninguna fuente cubre ${list}.`,
    sectionCount: (name, n) => `${name} (${n} indicadores)`,
    onlyInternational: (section, sources) =>
      `${section} solo se conoce por datos internacionales o de los países de destino (${sources}).`,
    highPriority: (missing, total) =>
      `${missing} de los ${total} indicadores de alta prioridad no tienen fuente.`,
    commonGap: (gap, n, covered) =>
      `${gap} es la brecha más frecuente: afecta a ${n} de los ${covered} indicadores con datos.`,
    missingBreakdown: (dimension, n) =>
      ` El desglose que más falta es: ${dimension} (${n} indicadores).`,
    outdated: (n) =>
      `Para ${n} indicadores los datos más recientes son más antiguos de lo que pide el perfil.`,
    definitions: (n) =>
      `${n} indicadores se basan solo en definiciones nacionales que difieren de la norma internacional.`,
    range: (best, bestScore, worst, worstScore) =>
      `Las puntuaciones van de ${bestScore}/100 en ${best} a ${worstScore}/100 en ${worst}.`,
    notPublic: (n, total) =>
      `${n} de las ${total} fuentes no son públicas (a petición o restringidas).`,
  },
  process: {
    heading: "Anexo C. El proceso del perfil",
    intro: (total, done, inProgress) =>
      `Los ${total} pasos de la nota de orientación de la OIM «Migration Profiles: Making the Most of the Process» (2011), en tres etapas: ${done} terminados, ${inProgress} en curso. Gapmap sigue por sí mismo tres pasos (datos existentes, datos nuevos, validación del contenido); el estado que fija se indica como tal.`,
    notRecorded:
      "El proceso del perfil no se ha registrado: ninguno de los 15 pasos de la nota de orientación de la OIM tiene aún responsable, fechas ni estado.",
    number: "N.º",
    step: "Paso",
    owner: "Responsable",
    start: "Inicio",
    due: "Plazo",
    status: "Estado",
    notes: "Notas",
    setByGapmap: "fijado por Gapmap",
    requestsHeading: "Solicitudes de datos a los organismos",
    requestsIntro: (requested, needed) =>
      `Se han solicitado a un organismo ${requested} de los ${needed} indicadores necesarios.`,
    state: "Estado",
    indicators: "Indicadores",
    questionsHeading: "Indicadores devueltos con preguntas",
    agency: "Organismo",
    questionsOn: "Fecha",
    questions: "Preguntas",
    noQuestions: "Ningún indicador se devolvió con preguntas.",
  },
};
