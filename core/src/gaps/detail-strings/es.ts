/** The gap explanations in Spanish (unverified: our own wording). */
import type { GapDetailStrings } from "./strings";
import { conjunctionList, formatCount, pluralForm } from "./plural";

export const es: GapDetailStrings = {
  dataNone: "ninguna fuente contiene este indicador",
  dataProxy: "solo hay datos aproximados (proxy)",
  dataAvailable: "datos disponibles",
  disaggregationMet: "todos los desgloses requeridos están disponibles",
  disaggregationMissing: (list) => `faltan desgloses: ${list}`,
  reportingUnknown: (needed) => `frecuencia de publicación desconocida (se requiere: ${needed})`,
  reportingMet: (published) => `publicación ${published}`,
  reportingShort: (published, needed) => `publicación ${published}; se requiere: ${needed}`,
  timelinessNoYears: (needed) => `no hay años registrados (se requiere ${needed} o posterior)`,
  timelinessMet: (latest) => `último año: ${latest}`,
  timelinessLate: (latest, needed) => `último año: ${latest}; se requiere ${needed} o posterior`,
  geographicNone: (needed) => `nivel geográfico no registrado (se requiere: ${needed})`,
  geographicMet: (available) => `nivel disponible: ${available}`,
  geographicShort: (available, needed) => `nivel disponible: ${available}; se requiere: ${needed}`,
  definitionNoStandard: "no hay definición estándar con la que comparar",
  definitionStandard: "sigue la definición estándar",
  definitionUndocumented: "definición no documentada; no se puede comparar con la norma",
  definitionDiffers: (list) => `difiere de la norma: ${list}`,
  deviationField: (label, record, standard, source) =>
    `${label}: ${record} en lugar de ${standard} (norma: ${source})`,
  deviationVariant: (label, criterion) =>
    `variante nacional «${label}»${criterion === undefined ? "" : `: ${criterion}`}`,
  recordsNone: "ninguna fuente registrada",
  accessPublic: "accesible al público",
  accessLevel: (access) => `acceso: ${access}`,
  opennessUndocumented: "apertura no documentada",
  opennessMet: "cumple todos los elementos de apertura de ODIN",
  opennessLacks: (list) => `le falta: ${list}`,
  partly: (label) => `${label} (en parte)`,
  qualityMet: "sin alertas de calidad",
  qualityFlags: (list) => `alertas de calidad: ${list}`,
  periodicity: (code) =>
    ({
      continuous: "continua",
      monthly: "mensual",
      quarterly: "trimestral",
      annual: "anual",
      "multi-year": "plurianual",
      "ad-hoc": "puntual",
      unknown: "de frecuencia desconocida",
    })[code],
  frequency: (code) =>
    ({ monthly: "mensual", quarterly: "trimestral", annual: "anual", "multi-year": "plurianual" })[
      code
    ],
  geography: (code) =>
    ({
      national: "nacional",
      "admin-1": "primer nivel administrativo",
      "admin-2": "segundo nivel administrativo",
    })[code],
  access: (code) =>
    ({ public: "público", "on-request": "a petición", restricted: "restringido" })[code],
  qualityFlag: (code) =>
    ({
      estimate: "estimación",
      "minimum-count": "recuento mínimo",
      "break-in-series": "ruptura de serie",
      "inconsistent-unit": "unidad incoherente",
      provisional: "provisional",
      modelled: "modelizado",
    })[code],
  opennessElement: {
    machineReadable: "formato legible por máquina",
    nonProprietary: "formato no propietario",
    downloadOptions: "opciones de descarga (masiva, selección, API)",
    metadata: "metadatos",
    openLicence: "licencia abierta",
  },
  fieldLabel: {
    residenceThresholdMonths: "umbral de residencia",
    residenceBasis: "base de residencia",
    migrantCriterion: "criterio de migrante",
    countingUnit: "unidad de recuento",
    includesCitizens: "ciudadanos propios",
  },
  paramValue: {
    usual: "residencia habitual",
    registered: "residencia registrada",
    "legal-permanent": "residencia permanente legal",
    birth: "país de nacimiento",
    citizenship: "ciudadanía",
    "birth-and-citizenship": "país de nacimiento y ciudadanía",
    immigre: "nacido extranjero en el extranjero (immigré)",
    permit: "titularidad de un permiso",
    persons: "personas",
    events: "eventos",
    cases: "casos",
    money: "dinero",
  },
  months: (n) => `${formatCount("es", n)} ${pluralForm("es", n, { one: "mes", other: "meses" })}`,
  citizensIncluded: "incluidos",
  citizensExcluded: "excluidos",
  list: (items) => conjunctionList("es", items),
  deviationList: (items) => items.join("; "),
};
