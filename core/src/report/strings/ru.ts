/** The report's own words in Russian. */
import type { ReportStrings } from "./en";

export const ru: ReportStrings = {
  title: (profile) => `Отчёт о пробелах в данных о миграции: ${profile}`,
  subtitle: (date, sources, catalogue) => `${date} · источников: ${sources} · каталог ${catalogue}`,
  executiveSummary: "Краткое изложение",
  overallScore: "Общая оценка",
  scale:
    "0 означает, что нет ни одного из нужных данных; 100 — что каждый нужный показатель доступен с разбивками, периодичностью, своевременностью, географическим охватом, определением, доступом и открытостью, которых требует профиль (оценка по методу ODIN, приложение A).",
  availabilityHeading: "Наличие нужных показателей",
  keyFindings: "Основные выводы",
  urgentActions: "Пять самых срочных мер",
  noActions: "Меры не нужны: все элементы всех показателей выполнены.",
  chartsHeading: "Оценки и наличие данных",
  figure: (n, title) => `Рисунок ${n}. ${title}`,
  chartBySection: "Оценка по разделам миграционного профиля (0–100)",
  chartByArea: "Оценка по областям политики (0–100)",
  chartByProducer: "Нужные показатели, которые даёт каждый производитель, по наличию",
  chartNoProducers: "Источники ещё не внесены: ни один производитель не даёт нужных показателей.",
  sourceLine: (sources, profile, catalogue, date) =>
    `Источник: оценка Gapmap по ${sources} источникам относительно «${profile}»; каталог ${catalogue}; ${date}.`,
  sectionsHeading: "Показатели по частям миграционного профиля",
  indicator: "Показатель",
  availability: "Наличие",
  mainGap: "Главный пробел",
  source: "Источник",
  noGap: "нет",
  noSource: "нет источника",
  moreSources: (n) => `и ещё ${n}`,
  actionPlanHeading: "План действий по ответственным ведомствам",
  action: "Мера",
  priority: "Приоритет",
  timeline: "Срок",
  targetYear: "Целевой год",
  progressHeading: "Изменения с предыдущего выпуска",
  progressSummary: (previous, closed, opened, changed) =>
    `С выпуска от ${previous}: пробелов закрыто — ${closed}, новых — ${opened}, изменилось — ${changed}.`,
  gapsClosed: "Закрытые пробелы",
  gapsOpened: "Новые пробелы",
  gapsChanged: "Изменившиеся пробелы",
  gapType: "Пробел",
  change: "Изменение",
  scoreChanges: "Изменения оценок",
  scoreBefore: "Было",
  scoreAfter: "Стало",
  none: "Нет.",
  annexMethod: "Приложение A. Методика",
  methodIntro: (profile, preset, year, count) =>
    `Потребности: «${profile}» (${preset}), базовый год ${year}, показателей: ${count}. Каждый показатель получает оценку 0–100: каждый элемент выполнен полностью (1 балл), частично (0,5) или не выполнен (0), с весами ниже. Оценки разделов, областей и общая оценка — средние оценок показателей, взвешенные по приоритету.`,
  element: "Элемент",
  weight: "Вес",
  definitionsHeading: "Определения",
  availabilityDefinitions: {
    available:
      "выполнены все требуемые элементы (данные, разбивки, периодичность, своевременность, география)",
    partial:
      "есть прямой источник, но разбивок, периодичности, своевременности или географии недостаточно",
    "proxy-or-national-variant":
      "только косвенные показатели, или все описанные источники отходят от стандартного определения",
    none: "ни один источник не даёт показатель",
  },
  annexSources: "Приложение B. Источники",
  sourceId: "ID",
  producer: "Производитель",
  years: "Годы",
  access: "Доступ",
  derivedBlocks: (list) => `Содержит также, рассчитано по тем же данным: ${list}`,
  derivedKinds: { change: "изменение", distribution: "распределение" },
  noSources: "В реестре пока нет источников.",
  englishMark: "*",
  englishNote: "* По-английски: в каталоге пока нет названия на этом языке.",
  unknownProducer: "Производитель не указан",
  otherProducers: (n) => `другие производители (${n})`,
  pageOf: ["Страница ", " из "],
  findings: {
    coverage: (n, total, available) =>
      `У ${n} из ${total} нужных показателей есть хотя бы один источник; полностью доступны — ${available}.`,
    emptyInventory: (needed) =>
      `Реестр пуст: ни один источник не внесён, поэтому все ${needed} нужных показателей — пробелы в данных.`,
    uncoveredAll: (sections) => `Ни один источник не охватывает ни один из ${sections} разделов.`,
    uncoveredSections: (list) => `Ни один источник не охватывает: ${list}.`,
    sectionCount: (name, n) => `${name} (показателей: ${n})`,
    onlyInternational: (section, sources) =>
      `${section}: данные есть только из международных источников или стран назначения (${sources}).`,
    highPriority: (missing, total) =>
      `У ${missing} из ${total} показателей высокого приоритета нет источника.`,
    commonGap: (gap, n, covered) =>
      `Самый частый пробел — ${gap}: он есть у ${n} из ${covered} показателей, по которым есть данные.`,
    missingBreakdown: (dimension, n) =>
      ` Чаще всего не хватает разбивки: ${dimension} (показателей: ${n}).`,
    outdated: (n) => `По ${n} показателям последние данные старше, чем требует профиль.`,
    definitions: (n) =>
      `${n} показателей опираются только на национальные определения, отличные от международного стандарта.`,
    range: (best, bestScore, worst, worstScore) =>
      `Оценки — от ${bestScore}/100 («${best}») до ${worstScore}/100 («${worst}»).`,
    notPublic: (n, total) =>
      `${n} из ${total} источников не являются открытыми (по запросу или ограниченный доступ).`,
  },
  process: {
    heading: "Приложение C. Процесс подготовки профиля",
    intro: (total, done, inProgress) =>
      `${total} шагов руководства МОМ «Migration Profiles: Making the Most of the Process» (2011) в трёх этапах: выполнено ${done}, в работе ${inProgress}. Три шага Gapmap отслеживает сам (имеющиеся данные, новые данные, валидация содержания); заданный им статус отмечен.`,
    notRecorded:
      "Процесс подготовки профиля не записан: ни у одного из 15 шагов руководства МОМ пока нет ответственного, сроков или статуса.",
    number: "№",
    step: "Шаг",
    owner: "Ответственный",
    start: "Начало",
    due: "Срок",
    status: "Статус",
    notes: "Примечания",
    setByGapmap: "задано Gapmap",
    requestsHeading: "Запросы данных в ведомства",
    requestsIntro: (requested, needed) =>
      `Запрошено у ведомств: ${requested} из ${needed} необходимых показателей.`,
    state: "Состояние",
    indicators: "Показатели",
    questionsHeading: "Показатели, возвращённые с вопросами",
    agency: "Ведомство",
    questionsOn: "Дата",
    questions: "Вопросы",
    noQuestions: "Ни один показатель не был возвращён с вопросами.",
  },
};
