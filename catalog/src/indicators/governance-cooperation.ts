import type { IndicatorInput } from "@gapmap/core";

/**
 * C.4: international cooperation — bilateral agreements and regional or global processes.
 * "Readmission agreements" live here; the readmissions they produce are flow-readmissions.
 */
export const governanceCooperationIndicators: IndicatorInput[] = [
  {
    id: "gov-bilateral-agreements",
    section: "C.4",
    name: "Bilateral labour migration, readmission and social security agreements",
    definition:
      "Agreements and memoranda of understanding in force with other countries on labour migration, readmission and the portability of social security rights, listed by partner country with dates.",
    measure: "policy",
    unitFamily: "qualitative",
    requiredDimensions: ["country"],
    series: [],
    standards: [],
    concepts: [],
    sourceTypes: ["treaty-database", "policy-document"],
    themes: ["labour-migration", "return-reintegration", "governance-coordination"],
    synonyms: {
      en: [
        "bilateral labour agreements",
        "bilateral labour migration agreements",
        "readmission agreements",
        "social security agreements",
        "memoranda of understanding on labour migration",
      ],
      fr: [
        "accords bilatéraux de main-d'œuvre",
        "accords de réadmission",
        "conventions bilatérales de sécurité sociale",
        "accords de gestion concertée des flux migratoires",
      ],
      es: [
        "acuerdos bilaterales de trabajo",
        "acuerdos de readmisión",
        "convenios bilaterales de seguridad social",
        "convenios de migración laboral",
      ],
      ru: [
        "соглашения о реадмиссии",
        "двусторонние соглашения о трудовой миграции",
        "соглашения о социальном обеспечении",
        "соглашения об организованном наборе",
      ],
      ro: [
        "acorduri de readmisie",
        "acorduri bilaterale privind forța de muncă",
        "acorduri în domeniul securității sociale",
        "acorduri bilaterale privind migrația",
      ],
      sr: [
        "sporazumi o readmisiji",
        "sporazumi o socijalnom osiguranju",
        "bilateralni sporazumi o zapošljavanju",
        "bilateralni sporazumi o radnoj migraciji",
      ],
      ar: [
        "اتفاقيات إعادة القبول",
        "اتفاقيات العمل الثنائية",
        "اتفاقيات الضمان الاجتماعي",
        "مذكرات التفاهم بشأن العمالة",
      ],
    },
  },
  {
    id: "gov-regional-cooperation",
    section: "C.4",
    name: "Participation in regional consultative processes and regional frameworks",
    definition:
      "Membership of regional consultative processes on migration and of regional or global frameworks (free-movement regimes, mobility partnerships, the Global Compact for Migration), and the country's role in them.",
    measure: "policy",
    unitFamily: "qualitative",
    requiredDimensions: [],
    series: [],
    standards: [],
    concepts: [],
    sourceTypes: ["policy-document", "mgi"],
    themes: ["governance-coordination"],
    synonyms: {
      en: [
        "regional consultative processes",
        { text: "RCPs", kind: "acronym" },
        "regional cooperation on migration",
        "Budapest Process",
        "Prague Process",
        "Global Compact for Migration",
      ],
      fr: [
        "processus consultatifs régionaux",
        "coopération régionale en matière de migration",
        "Processus de Rabat",
        "Pacte mondial sur les migrations",
      ],
      es: [
        "procesos consultivos regionales",
        "Conferencia Regional sobre Migración",
        "Conferencia Suramericana sobre Migraciones",
        "cooperación regional en materia migratoria",
        "Pacto Mundial para la Migración",
      ],
      ru: [
        "региональные консультативные процессы",
        "региональное сотрудничество в сфере миграции",
        "Будапештский процесс",
        "Алматинский процесс",
        "Глобальный договор о миграции",
      ],
      ro: [
        "procese consultative regionale",
        "cooperare regională în domeniul migrației",
        "Procesul de la Praga",
        "Parteneriatul de Mobilitate",
        "Pactul mondial privind migrația",
      ],
      sr: [
        "regionalni konsultativni procesi",
        "regionalna saradnja u oblasti migracija",
        "Praški proces",
        "Budimpeštanski proces",
        { text: "MARRI", kind: "acronym" },
      ],
      ar: [
        "العمليات التشاورية الإقليمية",
        "التعاون الإقليمي في مجال الهجرة",
        "الاتفاق العالمي من أجل الهجرة",
        "عملية الرباط",
        "عملية الخرطوم",
      ],
    },
  },
];
