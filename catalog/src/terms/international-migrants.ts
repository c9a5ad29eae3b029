import type { ExtraTerms } from "./extra-terms";

/*
 * "International migrants" as the UN and the demographers who report its estimates write it in
 * French, Russian and Arabic prose: the UN DESA Population Division's International Migrant
 * Stock releases, told by UN News in French and Arabic, and by the Institute of Demography
 * (HSE) in Russian. The phrase counts people living outside their country of birth at a point
 * in time: the immigrant stock. Each was read where its source says.
 */

const ONU_INFO_2019 =
  "ONU Info, « 272 millions de migrants internationaux » (Division de la population du DESA, International Migrant Stock 2019; news.un.org/fr/story/2019/09/1051802)";
const UN_NEWS_AR_2016 =
  "أخبار الأمم المتحدة، «تقرير حديث: وصول عدد المهاجرين الدوليين إلى 244 مليونا» (UN DESA, International Migration Report 2015; news.un.org/ar/story/2016/01/244302)";
const DEMOSCOPE_2020 =
  "Демоскоп Weekly № 889–890 (Институт демографии НИУ ВШЭ), Е.М. Щербакова, «Международная миграция по оценкам ООН 2020 года» (demoscope.ru/weekly/2021/0889/barom01.php)";
const DEMOSCOPE_2022 =
  "Демоскоп Weekly № 973–974 (Институт демографии НИУ ВШЭ), Е.М. Щербакова, «Международная миграция по оценкам 2022 года»: «международных трудовых мигрантов» по оценкам МОТ (demoscope.ru/weekly/2023/0973/barom01.php)";

export const internationalMigrantTerms: ExtraTerms = {
  "stock-immigrants": {
    fr: [
      { text: "migrants internationaux", verified: true, source: ONU_INFO_2019 },
      { text: "nombre de migrants internationaux", verified: true, source: ONU_INFO_2019 },
    ],
    ru: [
      { text: "международных мигрантов", verified: true, source: DEMOSCOPE_2020 },
      { text: "число международных мигрантов", verified: true, source: DEMOSCOPE_2020 },
    ],
    ar: [
      { text: "المهاجرين الدوليين", verified: true, source: UN_NEWS_AR_2016 },
      { text: "عدد المهاجرين الدوليين", verified: true, source: UN_NEWS_AR_2016 },
    ],
  },
  "stock-migrant-workers": {
    ru: [{ text: "международных трудовых мигрантов", verified: true, source: DEMOSCOPE_2022 }],
  },
};
