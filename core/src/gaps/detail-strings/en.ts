/**
 * The gap explanations' words in English, exactly as the checks have always written them: the
 * codes themselves ("annual", "admin-1", "on-request") stand for their values, because the CLI's
 * matrix and JSON must not change wording.
 */
import type { ComparedField } from "../definition-labels";
import type { GapDetailStrings } from "./strings";

const FIELD_LABELS: Record<ComparedField, string> = {
  residenceThresholdMonths: "residence threshold",
  residenceBasis: "residence basis",
  migrantCriterion: "migrant criterion",
  countingUnit: "counting unit",
  includesCitizens: "own citizens",
};

export const en: GapDetailStrings = {
  dataNone: "no source carries this indicator",
  dataProxy: "only proxy data available",
  dataAvailable: "data available",
  disaggregationMet: "all required breakdowns available",
  disaggregationMissing: (list) => `missing breakdowns: ${list}`,
  reportingUnknown: (needed) => `publication frequency unknown (needed: ${needed})`,
  reportingMet: (published) => `published ${published}`,
  reportingShort: (published, needed) => `published ${published}, needed ${needed}`,
  timelinessNoYears: (needed) => `no years recorded (needed: ${needed} or later)`,
  timelinessMet: (latest) => `latest year ${latest}`,
  timelinessLate: (latest, needed) => `latest year ${latest}, needed ${needed} or later`,
  geographicNone: (needed) => `no geography recorded (needed: ${needed})`,
  geographicMet: (available) => `available at ${available} level`,
  geographicShort: (available, needed) => `available at ${available} level, needed ${needed}`,
  definitionNoStandard: "no standard definition to compare with",
  definitionStandard: "follows the standard definition",
  definitionUndocumented: "definition not documented; cannot compare with the standard",
  definitionDiffers: (list) => `differs from the standard: ${list}`,
  deviationField: (label, record, standard, source) =>
    `${label} ${record} vs ${standard} (standard: ${source})`,
  deviationVariant: (label, criterion) =>
    `national variant "${label}"${criterion === undefined ? "" : `: ${criterion}`}`,
  recordsNone: "no records",
  accessPublic: "publicly accessible",
  accessLevel: (access) => `access: ${access}`,
  opennessUndocumented: "openness not documented",
  opennessMet: "meets all ODIN openness elements",
  opennessLacks: (list) => `lacks: ${list}`,
  partly: (label) => `${label} (partly)`,
  qualityMet: "no quality flags",
  qualityFlags: (list) => `quality flags: ${list}`,
  periodicity: (code) => code,
  frequency: (code) => code,
  geography: (code) => code,
  access: (code) => code,
  qualityFlag: (code) => code,
  opennessElement: {
    machineReadable: "machine-readable format",
    nonProprietary: "non-proprietary format",
    downloadOptions: "download options (bulk, selection, API)",
    metadata: "metadata",
    openLicence: "open licence",
  },
  fieldLabel: FIELD_LABELS,
  paramValue: {
    usual: "usual residence",
    registered: "registered residence",
    "legal-permanent": "legal permanent residence",
    birth: "country of birth",
    citizenship: "citizenship",
    "birth-and-citizenship": "country of birth and citizenship",
    immigre: "born a foreigner abroad (immigré)",
    permit: "permit holding",
    persons: "persons",
    events: "events",
    cases: "cases",
    money: "money",
  },
  months: (n) => `${String(n)} months`,
  citizensIncluded: "included",
  citizensExcluded: "excluded",
  list: (items) => items.join(", "),
  deviationList: (items) => items.join("; "),
};
