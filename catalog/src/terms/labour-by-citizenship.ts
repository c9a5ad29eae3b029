import type { ExtraTerms } from "./extra-terms";

/*
 * Labour-market outcomes by citizenship or migrant status, as statistics offices title their
 * tables and releases. Each was read where its source says. The Eurostat codes name datasets
 * by citizenship that are also read for their totals alone (youth unemployment, the overall
 * rate), so the codes are ambiguous. Not listed: activity (participation) rates by citizenship
 * (lfsa_argan, «L'activité des immigrés»): the catalogue has no indicator for them.
 */

const EUROSTAT_LFSA_ERGAN =
  'Eurostat dataset lfsa_ergan, "Employment rates by sex, age and citizenship (%)" (ec.europa.eu/eurostat/web/products-datasets/-/lfsa_ergan)';
const EUROSTAT_LFSA_URGAN =
  'Eurostat dataset lfsa_urgan, "Unemployment rates by sex, age and citizenship (%)" (ec.europa.eu/eurostat/databrowser/view/lfsa_urgan)';
const DARES_2021 =
  "Dares, « Quelles situations sur le marché du travail des immigrés et des descendants d'immigrés en 2021 ? » (dares.travail-emploi.gouv.fr)";
const INE_65310 =
  "INE, Encuesta de Población Activa, tabla 65310 «Tasas de empleo por nacionalidad, sexo y comunidad autónoma» (ine.es/jaxiT3/Tabla.htm?t=65310)";
const INE_65336 =
  "INE, Encuesta de Población Activa, tabla 65336 «Tasas de paro por nacionalidad, sexo y comunidad autónoma» (ine.es)";
const INE_5730 =
  "INE, Encuesta de Población Activa, tablas retrospectivas de nacionalidad, tabla 5730 «Activos por nacionalidad, sexo y situación profesional» (ine.es/jaxiT3/files/t/es/csv_c/5730.csv)";
const GASTAT_2018 =
  "الهيئة العامة للإحصاء (السعودية)، نشرة سوق العمل للربع الثالث 2018: «المشتغلين غير السعوديين», as reported by alqiyady.com";
const ONS_EMP06 =
  'ONS, dataset "EMP06: Employment by country of birth and nationality (not seasonally adjusted)" (ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes/datasets/employmentbycountryofbirthandnationalityemp06); its tables "Employment levels by nationality", "Employment rates by nationality" (as published in rvaughan/uk-migrant-data, data/people_in_work/emp06aug2016.xls, commit d46e3a8)';
const ROSSTAT_MIGRANT_LABOUR =
  "Росстат, «Выборочное федеральное статистическое наблюдение за использованием труда мигрантов» (2019; rosstat.gov.ru)";

export const labourByCitizenshipTerms: ExtraTerms = {
  "labour-employment-rate-by-status": {
    en: [
      {
        text: "Employment rates by sex, age and citizenship",
        verified: true,
        source: EUROSTAT_LFSA_ERGAN,
      },
      {
        text: "lfsa_ergan",
        kind: "code",
        ambiguous: true,
        verified: true,
        source: EUROSTAT_LFSA_ERGAN,
      },
      { text: "employment rates by nationality", verified: true, source: ONS_EMP06 },
    ],
    fr: [{ text: "taux d'emploi des immigrés", verified: true, source: DARES_2021 }],
    es: [{ text: "tasas de empleo por nacionalidad", verified: true, source: INE_65310 }],
  },
  "labour-unemployment-rate-by-status": {
    en: [
      {
        text: "Unemployment rates by sex, age and citizenship",
        verified: true,
        source: EUROSTAT_LFSA_URGAN,
      },
      {
        text: "lfsa_urgan",
        kind: "code",
        ambiguous: true,
        verified: true,
        source: EUROSTAT_LFSA_URGAN,
      },
    ],
    fr: [{ text: "taux de chômage des immigrés", verified: true, source: DARES_2021 }],
    es: [{ text: "tasas de paro por nacionalidad", verified: true, source: INE_65336 }],
  },
  // Employment levels (people in work) by country of birth or nationality: the migrant workers.
  "stock-migrant-workers": {
    en: [
      { text: "employment by country of birth", verified: true, source: ONS_EMP06 },
      { text: "employment by nationality", verified: true, source: ONS_EMP06 },
    ],
    es: [{ text: "activos por nacionalidad", verified: true, source: INE_5730 }],
    ar: [{ text: "المشتغلين غير السعوديين", verified: true, source: GASTAT_2018 }],
    // Migrants' labour: whose wages, hours or injuries is said by the words around it.
    ru: [
      { text: "труда мигрантов", ambiguous: true, verified: true, source: ROSSTAT_MIGRANT_LABOUR },
    ],
  },
};
