import type { ExtraTerms } from "./extra-terms";

/*
 * Russian titles of the migration SDG indicators as Kazakhstan's Bureau of National Statistics
 * publishes them on its Open SDG platform (kazstat/sdg-data-kazstat, translations/ru at commit
 * 72277878d12502232b21c3d4b8ac459630b4f578; line breaks read as spaces): its wording of the
 * global title where it differs from the UN's Russian one (sdg-titles.ts), and the national
 * indicator it reports in its place. Left out: the national 8.8.1 and the series names of
 * occupational injuries, which count all workers and say nothing of migrants.
 */

const KAZSTAT =
  "Bureau of National Statistics of Kazakhstan, Open SDG platform (kazstat/sdg-data-kazstat 72277878d)";

const global = (indicator: string) =>
  `${KAZSTAT}, translations/ru/global_indicators.yml: ${indicator}`;
const national = (indicator: string) =>
  `${KAZSTAT}, translations/ru/national_indicators.yml: national indicator ${indicator}`;

export const kazakhstanSdgTitleTerms: ExtraTerms = {
  "labour-occupational-injuries": {
    ru: [
      {
        text: "Уровень производственного травматизма со смертельным и несмертельным исходом на 100 000 работников в разбивке по полу и миграционному статусу",
        verified: true,
        source: global("8.8.1"),
      },
    ],
  },
  "flow-trafficking-victims": {
    ru: [
      {
        text: "Число потерпевших, связанных с торговлей людьми на 100 000 человек",
        verified: true,
        source: national("16.2.2"),
      },
    ],
  },
  "remit-inflow-gdp": {
    ru: [
      {
        text: "Отношение личных переводов полученных (чистая оплата труда резидентов и личные трансферты полученные) к ВВП",
        verified: true,
        source: national("17.3.2"),
      },
    ],
  },
};
