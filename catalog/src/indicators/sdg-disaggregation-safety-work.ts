import type { IndicatorInput } from "@gapmap/core";

/**
 * Goals 5, 8 and 16 (violence, decent work, financial inclusion) indicators proposed for
 * disaggregation by migratory status (2017 UN expert group candidate list, unverified).
 */
export const sdgSafetyWorkDisaggregationIndicators: IndicatorInput[] = [
  {
    id: "sdg-5-2-1-by-status",
    section: "B.4",
    name: "Women and girls subjected to intimate partner violence, by migratory status",
    definition:
      "Share of ever-partnered women and girls aged 15 and over subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, compared between migrant and non-migrant women (SDG 5.2.1).",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["age", "migratory-status"],
    sdg: "5.2.1",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["dhs-mics", "survey"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "intimate partner violence",
        "ever-partnered women and girls subjected to violence by an intimate partner",
        "intimate partner violence against migrant women",
        { text: "IPV", kind: "acronym" },
      ],
      fr: [
        "violence exercée par un partenaire intime",
        "femmes et filles victimes de violences de la part d'un partenaire",
        "violences conjugales",
        "violences conjugales envers les femmes migrantes",
        // Statistique Canada's term (indicator 5.2.1 of its French SDG data).
        "violence entre partenaires intimes",
      ],
      es: [
        "violencia de pareja",
        "mujeres y niñas que han sufrido violencia por parte de un compañero íntimo",
        "violencia contra mujeres migrantes por parte de la pareja",
      ],
      ru: [
        "насилие со стороны интимного партнера",
        "женщины, подвергавшиеся насилию со стороны партнера",
        "насилие в отношении женщин-мигрантов",
      ],
      ro: [
        "violența partenerului intim",
        "femei supuse violenței din partea partenerului",
        "violența în familie împotriva femeilor migrante",
      ],
      sr: [
        "nasilje od strane intimnog partnera",
        "partnersko nasilje",
        "nasilje nad ženama migrantkinjama",
      ],
      ar: [
        "عنف الشريك الحميم",
        "النساء والفتيات اللواتي تعرضن للعنف من شريك حميم",
        "العنف ضد النساء المهاجرات من قبل الشريك",
      ],
    },
  },
  {
    id: "sdg-8-3-1-by-status",
    section: "B.3",
    name: "Informal employment, by migratory status",
    definition:
      "Informal employment as a share of total employment, compared between migrant and non-migrant workers (SDG 8.3.1). Migrants without work authorisation are often found here.",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "occupation", "migratory-status"],
    sdg: "8.3.1",
    series: [],
    standards: ["sdg-global-framework", "icls-2018"],
    concepts: ["migratory-status", "migrant-worker"],
    sourceTypes: ["lfs", "ilostat"],
    themes: ["labour-migration", "irregular-migration"],
    synonyms: {
      en: [
        "proportion of informal employment",
        "informal employment rate by migratory status",
        "informal employment of migrant workers",
        "informality rate",
      ],
      fr: [
        "proportion de l'emploi informel",
        "taux d'emploi informel",
        "emploi informel des travailleurs migrants",
      ],
      es: [
        "proporción del empleo informal",
        "tasa de informalidad",
        "empleo informal de trabajadores migrantes",
      ],
      ru: [
        "доля неформальной занятости",
        "неформальная занятость",
        "неформальная занятость мигрантов",
      ],
      ro: ["ponderea ocupării informale", "ocupare informală", "munca informală a migranților"],
      sr: [
        "udeo neformalne zaposlenosti",
        { text: "udio neformalne zaposlenosti", variant: "ijekavian" },
        "neformalna zaposlenost",
        "stopa neformalne zaposlenosti",
      ],
      ar: [
        "نسبة العمالة غير الرسمية",
        "العمالة غير الرسمية",
        "العمالة غير الرسمية بين العمال المهاجرين",
      ],
    },
  },
  {
    id: "sdg-8-10-2-by-status",
    section: "B.2",
    name: "Adults with an account at a bank or mobile-money provider, by migratory status",
    definition:
      "Share of adults (15 and over) with an account at a bank or other financial institution or with a mobile-money provider, compared between migrants and non-migrants (SDG 8.10.2). Accounts lower the cost of sending and receiving remittances.",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "migratory-status"],
    sdg: "8.10.2",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["household-survey", "gallup-world-poll"],
    themes: ["diaspora-remittances", "integration-inclusion"],
    synonyms: {
      en: [
        "adults with an account at a bank or mobile-money service provider",
        "account ownership",
        "account ownership by migratory status",
        "financial inclusion of migrants",
      ],
      fr: [
        "adultes possédant un compte dans une banque ou auprès d'un service mobile de transfert d'argent",
        "détention d'un compte",
        "inclusion financière des migrants",
      ],
      es: [
        "adultos que tienen una cuenta en un banco o con un proveedor de servicios de dinero móvil",
        "titularidad de cuentas",
        "inclusión financiera de los migrantes",
      ],
      ru: [
        "доля взрослых, имеющих счет в банке или у оператора услуг мобильных денег",
        "наличие банковского счета",
        "финансовая доступность для мигрантов",
      ],
      ro: [
        "adulți care dețin un cont la o bancă sau la un furnizor de servicii de bani mobili",
        "deținerea unui cont bancar",
        "incluziunea financiară a migranților",
      ],
      sr: [
        "odrasli sa računom u banci ili kod pružaoca usluga mobilnog novca",
        "posedovanje bankovnog računa",
        { text: "posjedovanje bankovnog računa", variant: "ijekavian" },
        "finansijska inkluzija migranata",
      ],
      ar: [
        "البالغون الذين لديهم حساب في مصرف أو لدى مقدم خدمات الأموال المتنقلة",
        "امتلاك حساب مصرفي",
        "الشمول المالي للمهاجرين",
      ],
    },
  },
  {
    id: "sdg-16-1-3-by-status",
    section: "B.4",
    name: "Population subjected to violence in the previous 12 months, by migratory status",
    definition:
      "Share of the population subjected to physical, psychological or sexual violence in the previous 12 months, compared between migrants and non-migrants (SDG 16.1.3).",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "age", "migratory-status"],
    sdg: "16.1.3",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["survey", "household-survey"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "population subjected to violence in the previous 12 months",
        "physical, psychological or sexual violence",
        "victimisation rate",
        "crime victimisation by migratory status",
      ],
      fr: [
        "population ayant subi des violences au cours des 12 derniers mois",
        "taux de victimation",
        "victimation selon le statut migratoire",
      ],
      es: [
        "población que ha sufrido violencia en los últimos 12 meses",
        "tasa de victimización",
        "victimización de los migrantes",
      ],
      ru: [
        "доля населения, подвергавшегося насилию за последние 12 месяцев",
        "уровень виктимизации",
        "виктимизация мигрантов",
      ],
      ro: [
        "populația supusă violenței în ultimele 12 luni",
        "rata de victimizare",
        "victimizarea migranților",
      ],
      sr: [
        "stanovništvo izloženo nasilju u prethodnih 12 meseci",
        { text: "stanovništvo izloženo nasilju u prethodnih 12 mjeseci", variant: "ijekavian" },
        "stopa viktimizacije",
        "viktimizacija migranata",
      ],
      ar: [
        "السكان الذين تعرضوا للعنف خلال الأشهر الاثني عشر السابقة",
        "معدل الإيذاء",
        "تعرض المهاجرين للعنف",
      ],
    },
  },
];
