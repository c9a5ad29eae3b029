/** The gap explanations in Russian (unverified: our own wording). */
import type { GapDetailStrings } from "./strings";
import { conjunctionList, formatCount, pluralForm } from "./plural";

export const ru: GapDetailStrings = {
  dataNone: "ни один источник не содержит этот показатель",
  dataProxy: "есть только косвенные данные (прокси)",
  dataAvailable: "данные есть",
  disaggregationMet: "все нужные разбивки есть",
  disaggregationMissing: (list) => `нет разбивок: ${list}`,
  reportingUnknown: (needed) => `периодичность публикации неизвестна (нужно: ${needed})`,
  reportingMet: (published) => `публикуется ${published}`,
  reportingShort: (published, needed) => `публикуется ${published}, нужно ${needed}`,
  timelinessNoYears: (needed) => `годы не указаны (нужен ${needed} или позже)`,
  timelinessMet: (latest) => `последний год: ${latest}`,
  timelinessLate: (latest, needed) => `последний год: ${latest}, нужен ${needed} или позже`,
  geographicNone: (needed) => `географический уровень не указан (нужен: ${needed})`,
  geographicMet: (available) => `доступный уровень: ${available}`,
  geographicShort: (available, needed) => `доступный уровень: ${available}, нужен: ${needed}`,
  definitionNoStandard: "нет стандартного определения для сравнения",
  definitionStandard: "соответствует стандартному определению",
  definitionUndocumented: "определение не описано; сравнить со стандартом нельзя",
  definitionDiffers: (list) => `отличается от стандарта: ${list}`,
  deviationField: (label, record, standard, source) =>
    `${label}: ${record} вместо ${standard} (стандарт: ${source})`,
  deviationVariant: (label, criterion) =>
    `национальный вариант «${label}»${criterion === undefined ? "" : `: ${criterion}`}`,
  recordsNone: "нет записей об источниках",
  accessPublic: "в открытом доступе",
  accessLevel: (access) => `доступ: ${access}`,
  opennessUndocumented: "открытость не описана",
  opennessMet: "соответствует всем элементам открытости ODIN",
  opennessLacks: (list) => `не хватает: ${list}`,
  partly: (label) => `${label} (частично)`,
  qualityMet: "нет отметок о качестве",
  qualityFlags: (list) => `отметки о качестве: ${list}`,
  periodicity: (code) =>
    ({
      continuous: "непрерывно",
      monthly: "ежемесячно",
      quarterly: "ежеквартально",
      annual: "ежегодно",
      "multi-year": "раз в несколько лет",
      "ad-hoc": "нерегулярно",
      unknown: "с неизвестной периодичностью",
    })[code],
  frequency: (code) =>
    ({
      monthly: "ежемесячно",
      quarterly: "ежеквартально",
      annual: "ежегодно",
      "multi-year": "раз в несколько лет",
    })[code],
  geography: (code) =>
    ({
      national: "национальный",
      "admin-1": "1-й административный уровень",
      "admin-2": "2-й административный уровень",
    })[code],
  access: (code) =>
    ({ public: "открытый", "on-request": "по запросу", restricted: "ограниченный" })[code],
  qualityFlag: (code) =>
    ({
      estimate: "оценка",
      "minimum-count": "минимальный подсчёт",
      "break-in-series": "разрыв ряда",
      "inconsistent-unit": "несогласованные единицы",
      provisional: "предварительные данные",
      modelled: "модельная оценка",
    })[code],
  opennessElement: {
    machineReadable: "машиночитаемый формат",
    nonProprietary: "открытый (непроприетарный) формат",
    downloadOptions: "варианты выгрузки (целиком, выборка, API)",
    metadata: "метаданные",
    openLicence: "открытая лицензия",
  },
  fieldLabel: {
    residenceThresholdMonths: "порог проживания",
    residenceBasis: "основа проживания",
    migrantCriterion: "критерий мигранта",
    countingUnit: "единица учёта",
    includesCitizens: "собственные граждане",
  },
  paramValue: {
    usual: "обычное место жительства",
    registered: "зарегистрированное место жительства",
    "legal-permanent": "законное постоянное проживание",
    birth: "страна рождения",
    citizenship: "гражданство",
    "birth-and-citizenship": "страна рождения и гражданство",
    immigre: "родившиеся иностранцами за рубежом (иммигранты по INSEE)",
    permit: "наличие разрешения",
    persons: "лица",
    events: "события",
    cases: "случаи",
    money: "денежные суммы",
  },
  months: (n) =>
    `${formatCount("ru", n)} ${pluralForm("ru", n, { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" })}`,
  citizensIncluded: "включены",
  citizensExcluded: "исключены",
  list: (items) => conjunctionList("ru", items),
  deviationList: (items) => items.join("; "),
};
