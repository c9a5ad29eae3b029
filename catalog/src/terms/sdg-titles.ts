import { SDG_TITLE_SOURCE } from "../display-names/sources";
import type { ExtraTerms } from "./extra-terms";

/*
 * The official UN SDG indicator titles of the migration indicators in the UN languages the
 * catalogue has (en, fr, es, ru, ar) and Romanian, word for word as open-sdg/sdg-translations keeps
 * them (display-names/sources.ts: line breaks read as spaces, Unicode NFC). A page or a table title
 * that quotes the title names the indicator. Serbian titles are not in that repository.
 */

export const sdgTitleTerms: ExtraTerms = {
  "gov-migration-policy": {
    en: [
      {
        text: "Number of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people",
        verified: true,
        source: SDG_TITLE_SOURCE.en,
      },
    ],
    fr: [
      {
        text: "Nombre de pays dotés de politiques migratoires qui facilitent la migration et la mobilité de façon ordonnée, sûre, régulière et responsible",
        verified: true,
        source: SDG_TITLE_SOURCE.fr,
      },
    ],
    es: [
      {
        text: "Número de países que han aplicado políticas migratorias bien gestionadas que facilitan la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas",
        verified: true,
        source: SDG_TITLE_SOURCE.es,
      },
    ],
    ru: [
      {
        text: "Число стран, проводящих миграционную политику, способствующую упорядоченной, безопасной, законной и ответственной миграции и мобильности людей",
        verified: true,
        source: SDG_TITLE_SOURCE.ru,
      },
    ],
    ar: [
      {
        text: "عدد البلدان التي اعتمدت سياسات للهجرة تيسّر الهجرة وتنقل الأشخاص على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية",
        verified: true,
        source: SDG_TITLE_SOURCE.ar,
      },
    ],
    ro: [
      {
        text: "Numărul de țări cu politici de migrație care facilitează o migrație și o mobilitate a persoanelor ordonată, sigură, regulată și responsabilă",
        verified: true,
        source: SDG_TITLE_SOURCE.ro,
      },
    ],
  },
  "stock-refugees-abroad": {
    en: [
      {
        text: "Proportion of the population who are refugees, by country of origin",
        verified: true,
        source: SDG_TITLE_SOURCE.en,
      },
    ],
    fr: [
      {
        text: "Proportion de réfugiés dans la population, par pays d’origine",
        verified: true,
        source: SDG_TITLE_SOURCE.fr,
      },
    ],
    es: [
      {
        text: "Proporción de la población integrada por refugiados, desglosada por país de origen",
        verified: true,
        source: SDG_TITLE_SOURCE.es,
      },
    ],
    ru: [
      {
        text: "Доля беженцев от общей численности населения в разбивке по стране происхождения",
        verified: true,
        source: SDG_TITLE_SOURCE.ru,
      },
    ],
    ar: [
      {
        text: "نسبة السكان اللاجئين، بحسب البلد الأصلي",
        verified: true,
        source: SDG_TITLE_SOURCE.ar,
      },
    ],
    ro: [
      {
        text: "Proporția de refugiați în rândul populației, în funcție de țara de origine",
        verified: true,
        source: SDG_TITLE_SOURCE.ro,
      },
    ],
  },
  "remit-cost": {
    en: [
      {
        text: "Remittance costs as a proportion of the amount remitted",
        verified: true,
        source: SDG_TITLE_SOURCE.en,
      },
    ],
    fr: [
      {
        text: "Coûts des envois de fonds en proportion du montant transféré",
        verified: true,
        source: SDG_TITLE_SOURCE.fr,
      },
    ],
    es: [
      {
        text: "Costo de las remesas en proporción a las sumas remitidas",
        verified: true,
        source: SDG_TITLE_SOURCE.es,
      },
    ],
    ru: [
      {
        text: "Стоимость перевода в процентном отношении к переводимой сумме",
        verified: true,
        source: SDG_TITLE_SOURCE.ru,
      },
    ],
    ar: [
      {
        text: "تكاليف التحويلات المالية كنسبة من المبالغ المحولة",
        verified: true,
        source: SDG_TITLE_SOURCE.ar,
      },
    ],
    ro: [
      {
        text: "Costurile de remitere ca proporție din suma trimisă",
        verified: true,
        source: SDG_TITLE_SOURCE.ro,
      },
    ],
  },
  "remit-inflow-gdp": {
    en: [
      {
        text: "Volume of remittances (in United States dollars) as a proportion of total GDP",
        verified: true,
        source: SDG_TITLE_SOURCE.en,
      },
    ],
    fr: [
      {
        text: "Volume des envois de fonds de travailleurs migrants (en dollars des États‐Unis) en proportion du PIB total",
        verified: true,
        source: SDG_TITLE_SOURCE.fr,
      },
    ],
    es: [
      {
        text: "Volumen de remesas (en dólares de los Estados Unidos) en proporción al PIB total",
        verified: true,
        source: SDG_TITLE_SOURCE.es,
      },
    ],
    ru: [
      {
        text: "Доля денежных переводов (в долларах США) в совокупном ВВП",
        verified: true,
        source: SDG_TITLE_SOURCE.ru,
      },
    ],
    ar: [
      {
        text: "حجم التحويلات المالية (بدولارات الولايات المتحدة) كنسبة من مجموع الناتج المحلي الإجمالي",
        verified: true,
        source: SDG_TITLE_SOURCE.ar,
      },
    ],
    ro: [
      {
        text: "Volumul remitențelor (în dolari SUA) ca proporție din PIB-ul total",
        verified: true,
        source: SDG_TITLE_SOURCE.ro,
      },
    ],
  },
};
