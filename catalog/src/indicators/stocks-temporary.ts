import type { IndicatorInput } from "@gapmap/core";

/*
 * A.3 stocks (the template's temporary-migration section): migrant workers, inbound students and
 * holders of valid residence permits. Headers such as "residence permits" or "foreign workers" also
 * name permit flows (flow-*), so they are flagged ambiguous.
 */
export const stockTemporaryIndicators: IndicatorInput[] = [
  {
    id: "stock-migrant-workers",
    section: "A.3",
    name: "Migrant workers in the labour force (foreign-born or foreign citizens)",
    definition:
      "Number of international migrants in the labour force, employed or unemployed, together with non-resident foreign workers attached to the country's labour market, as defined by ICLS 2018. Countries often proxy it with foreign holders of work permits.",
    measure: "stock",
    counterpart: "flow-work-permits",
    unitFamily: "persons",
    requiredDimensions: ["sex", "age", "country", "occupation"],
    series: [{ code: "ILMS", publisher: "ILO" }],
    standards: ["icls-2018", "isco-08"],
    concepts: ["migrant-worker", "international-migrant", "foreign-born", "foreign-citizen"],
    sourceTypes: ["lfs", "census", "work-permits", "ilo-ilms", "ilostat", "insurance-records"],
    themes: ["labour-migration"],
    synonyms: {
      en: [
        {
          text: "employed by nationality",
          verified: true,
          source:
            "INE (Spain), Economically Active Population Survey: Employed by nationality, sex and economic sector",
        },
        "migrant workers in the labour force",
        "international migrant workers",
        "foreign labour force",
        "foreign-born labour force",
        { text: "migrant workers", ambiguous: true },
        { text: "foreign workers", ambiguous: true },
      ],
      fr: [
        "travailleurs migrants",
        "main-d'œuvre étrangère",
        "actifs étrangers",
        "population active immigrée",
        { text: "travailleurs étrangers", ambiguous: true },
      ],
      es: [
        {
          text: "ocupados por nacionalidad",
          verified: true,
          source:
            "INE (Spain), Encuesta de Población Activa: Ocupados por nacionalidad, sexo y sector económico",
        },
        "ocupados extranjeros",
        "trabajadores migrantes",
        "población activa extranjera",
        "afiliados extranjeros a la Seguridad Social",
        "ocupados extranjeros",
        { text: "trabajadores extranjeros", ambiguous: true },
      ],
      ru: [
        "трудящиеся-мигранты",
        "иностранная рабочая сила",
        "численность иностранной рабочей силы",
        { text: "трудовые мигранты", ambiguous: true },
        { text: "иностранные работники", ambiguous: true },
      ],
      ro: [
        "lucrători migranți",
        "forța de muncă străină",
        "străini încadrați în muncă",
        { text: "lucrători străini", ambiguous: true },
      ],
      sr: [
        "radnici migranti",
        "strana radna snaga",
        "zaposleni stranci",
        { text: "strani radnici", ambiguous: true },
      ],
      ar: [
        "العمال المهاجرون",
        "العمالة الوافدة",
        "القوى العاملة الأجنبية",
        { text: "العمال الأجانب", ambiguous: true },
      ],
    },
  },
  {
    id: "stock-international-students",
    section: "A.3",
    name: "International (inbound) tertiary students",
    definition:
      "Number of students enrolled in tertiary education (ISCED 5–8) in the reporting country who crossed a border to study, identified by prior residence or schooling abroad, or by foreign citizenship where mobility is not recorded.",
    measure: "stock",
    unitFamily: "persons",
    requiredDimensions: ["sex", "country"],
    series: [{ code: "Inbound internationally mobile students", publisher: "UNESCO UIS" }],
    standards: ["isced-2011", "un-eg-2021"],
    concepts: ["temporary-migration", "international-migrant"],
    sourceTypes: ["education-register", "residence-permits", "oecd-imd"],
    themes: ["student-mobility"],
    synonyms: {
      en: [
        "inbound internationally mobile students",
        "inbound mobile students",
        "foreign students",
        "international tertiary students",
        { text: "international students", ambiguous: true },
        { text: "study permit holders", ambiguous: true },
      ],
      fr: [
        "étudiants étrangers",
        "étudiants en mobilité internationale entrante",
        "étudiants étrangers inscrits dans l'enseignement supérieur",
        { text: "étudiants internationaux", ambiguous: true },
      ],
      es: [
        "estudiantes extranjeros",
        "estudiantes con movilidad internacional entrante",
        "matrícula de estudiantes extranjeros",
        { text: "estudiantes internacionales", ambiguous: true },
      ],
      ru: [
        "иностранные студенты",
        "численность иностранных студентов",
        "иностранные граждане, обучающиеся в вузах",
        "въездная академическая мобильность",
      ],
      ro: [
        "studenți străini",
        "studenți străini înmatriculați",
        "mobilitatea internațională a studenților spre țară",
        { text: "studenți internaționali", ambiguous: true },
      ],
      sr: [
        "strani studenti",
        "studenti strani državljani",
        "dolazna mobilnost studenata",
        { text: "međunarodni studenti", ambiguous: true },
      ],
      ar: [
        "الطلاب الأجانب",
        "الطلبة الوافدون",
        "الطلبة الأجانب المسجلون في التعليم العالي",
        { text: "الطلاب الدوليون", ambiguous: true },
      ],
    },
  },
  {
    id: "stock-permit-holders",
    section: "A.3",
    name: "Holders of valid residence permits (by reason)",
    definition:
      "Number of foreign nationals holding a valid residence permit on a reference date, by reason for the permit (work, family, study, protection, other). It counts permits, so it covers only regularly staying foreigners.",
    measure: "stock",
    counterpart: "flow-residence-permits",
    unitFamily: "persons",
    requiredDimensions: ["sex", "age", "country", "reason"],
    series: [{ code: "migr_resvalid", publisher: "Eurostat" }],
    standards: ["eu-862-2007"],
    concepts: ["foreign-citizen", "temporary-migration", "long-term-migrant"],
    sourceTypes: ["residence-permits", "eurostat"],
    themes: ["labour-migration", "family-migration", "student-mobility", "integration-inclusion"],
    synonyms: {
      en: [
        "valid residence permits",
        "all valid permits",
        "residence permits valid on 31 December",
        "residence permit holders",
        { text: "residence permits", ambiguous: true },
      ],
      fr: [
        "titres de séjour valides",
        "permis de séjour valides",
        "titres de séjour en cours de validité",
        "titulaires d'un titre de séjour",
        { text: "titre de séjour", verified: true, source: "INSEE / INED (FR)", ambiguous: true },
      ],
      es: [
        "permisos de residencia en vigor",
        "autorizaciones de residencia en vigor",
        "extranjeros con tarjeta de residencia en vigor",
        { text: "permisos de residencia", ambiguous: true },
      ],
      ru: [
        "действующие виды на жительство",
        "действующие разрешения на временное проживание",
        { text: "вид на жительство", ambiguous: true },
        { text: "ВнЖ", kind: "acronym", ambiguous: true },
        { text: "РВП", kind: "acronym", ambiguous: true },
      ],
      ro: [
        "permise de ședere valabile",
        "titulari de permise de ședere",
        "străini cu drept de ședere",
        { text: "permis de ședere", ambiguous: true },
      ],
      sr: [
        "važeće dozvole boravka",
        "stranci sa odobrenim boravkom",
        { text: "odobreni privremeni boravak", ambiguous: true },
        { text: "odobreni stalni boravak", ambiguous: true },
        { text: "dozvola boravka", ambiguous: true },
      ],
      ar: [
        "تصاريح الإقامة السارية",
        "حاملو تصاريح الإقامة",
        "الأجانب الحاصلون على إقامة",
        { text: "تصريح إقامة", ambiguous: true },
      ],
    },
  },
];
