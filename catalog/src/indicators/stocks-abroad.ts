import type { IndicatorInput } from "@gapmap/core";

/*
 * A.4 stocks of the country's own people abroad: emigrants and nationals working abroad. Kept
 * apart from stocks.ts, which lists them in catalogue order between foreign citizens and
 * irregular migrants.
 */
export const stockAbroadIndicators: IndicatorInput[] = [
  {
    id: "stock-emigrants",
    section: "A.4",
    name: "Emigrant stock / diaspora abroad",
    definition:
      "Number of people born in, or citizens of, the reporting country who usually live in another country at a reference date. It is compiled mostly from destination countries' censuses and registers (UN DESA, OECD DIOC) or from consular registers, and serves as the usual statistical proxy for the diaspora.",
    measure: "stock",
    counterpart: "flow-emigration",
    unitFamily: "persons",
    requiredDimensions: ["sex", "age", "country"],
    series: [
      { code: "International Migrant Stock by origin", publisher: "UN DESA Population Division" },
      { code: "DIOC", publisher: "OECD" },
    ],
    standards: ["un-1998", "un-eg-2021", "pr-census-rev3"],
    concepts: ["international-migrant-stock", "diaspora", "foreign-born", "usual-residence"],
    sourceTypes: [
      "un-desa-ims",
      "oecd-dioc",
      "consular-register",
      "census-household-abroad",
      "mirror-statistics",
    ],
    themes: ["diaspora-remittances", "population-dynamics"],
    synonyms: {
      en: [
        "nationals residing abroad",
        "nationals resident abroad",
        "citizens residing abroad",
        "emigrant stock",
        "emigrants by country of destination",
        "international migrant stock by country of origin",
        "nationals living abroad",
        { text: "emigrants", ambiguous: true },
        { text: "diaspora", ambiguous: true },
      ],
      fr: [
        {
          text: "Marocains résidant à l'étranger",
          verified: true,
          source:
            "Office des changes (Maroc), transferts des MRE, as reported in the Moroccan press",
        },
        {
          text: "MRE",
          kind: "acronym",
          verified: true,
          source:
            "Office des changes (Maroc), transferts des MRE, as reported in the Moroccan press",
        },
        "stock d'émigrés",
        "émigrés",
        "Français établis hors de France",
        "ressortissants vivant à l'étranger",
        { text: "émigrants", ambiguous: true },
      ],
      es: [
        "stock de emigrantes",
        "emigrantes por país de destino",
        "españoles residentes en el extranjero",
        "connacionales en el exterior",
        { text: "emigrantes", ambiguous: true },
        { text: "diáspora", ambiguous: true },
      ],
      ru: [
        "численность эмигрантов",
        "соотечественники за рубежом",
        "граждане, проживающие за рубежом",
        { text: "эмигранты", ambiguous: true },
        { text: "диаспора", ambiguous: true },
      ],
      ro: [
        { text: "stocul de emigranți", verified: true, source: "INS Romania" },
        "românii din străinătate",
        "persoane plecate în străinătate pe termen lung",
        { text: "emigranți", ambiguous: true },
        { text: "diaspora", ambiguous: true },
      ],
      sr: [
        "iseljenici",
        "građani u inostranstvu",
        "lica na radu/boravku u inostranstvu",
        { text: "emigranti", ambiguous: true },
        { text: "dijaspora", ambiguous: true },
      ],
      ar: [
        "المغتربون",
        "الجاليات في الخارج",
        "المواطنون المقيمون في الخارج",
        "المهاجرون حسب بلد المقصد",
        { text: "الشتات", ambiguous: true },
      ],
    },
  },
  {
    id: "stock-nationals-working-abroad",
    section: "A.4",
    name: "Nationals working abroad (labour emigrant stock)",
    definition:
      "Number of citizens or native-born people of the reporting country who are working or looking for work in another country at a reference date. It is measured through questions on household members abroad in the LFS or census, registers of contracted workers, or consular data.",
    measure: "stock",
    counterpart: "flow-labour-emigration",
    unitFamily: "persons",
    requiredDimensions: ["sex", "age", "country"],
    series: [{ code: "ILMS", publisher: "ILO" }],
    standards: ["icls-2018", "icrmw-1990"],
    concepts: ["migrant-worker", "diaspora", "usual-residence"],
    sourceTypes: [
      "lfs",
      "employment-agency-register",
      "consular-register",
      "lfs-module",
      "census-household-abroad",
      "ilo-ilms",
    ],
    themes: ["labour-migration", "diaspora-remittances"],
    synonyms: {
      en: [
        {
          text: "overseas Filipino workers",
          verified: true,
          source: "Philippine Statistics Authority, Survey on Overseas Filipinos (technical notes)",
        },
        {
          text: "OFW",
          kind: "acronym",
          verified: true,
          source: "Philippine Statistics Authority, Survey on Overseas Filipinos (technical notes)",
        },
        {
          text: "OFWs",
          kind: "acronym",
          verified: true,
          source: "Philippine Statistics Authority, Survey on Overseas Filipinos (technical notes)",
        },
        {
          text: "overseas contract workers",
          verified: true,
          source: "Philippine Statistics Authority, Survey on Overseas Filipinos (technical notes)",
        },
        {
          text: "OCW",
          kind: "acronym",
          verified: true,
          source: "Philippine Statistics Authority, Survey on Overseas Filipinos (technical notes)",
        },
        "nationals working abroad",
        "citizens working abroad",
        "labour emigrant stock",
        "overseas workers",
        "household members working abroad",
      ],
      fr: [
        "ressortissants travaillant à l'étranger",
        "nationaux travaillant à l'étranger",
        "personnes travaillant à l'étranger",
        "travailleurs émigrés",
      ],
      es: [
        "nacionales trabajando en el extranjero",
        "trabajadores en el exterior",
        "personas que trabajan en el extranjero",
        "trabajadores emigrantes",
      ],
      ru: [
        "граждане, работающие за рубежом",
        "работающие за границей",
        "трудовые мигранты за рубежом",
        { text: "трудовые эмигранты", ambiguous: true },
      ],
      ro: [
        "populația plecată peste hotare la lucru sau în căutare de lucru",
        "persoane plecate la muncă în străinătate",
        "cetățeni care lucrează în străinătate",
        "lucrători migranți în străinătate",
      ],
      sr: [
        "lica na radu u inostranstvu",
        "radnici na privremenom radu u inostranstvu",
        "građani na radu u inostranstvu",
        "gastarbajteri",
      ],
      ar: [
        "المواطنون العاملون في الخارج",
        "العاملون بالخارج",
        "العمال في الخارج",
        "العمالة المهاجرة إلى الخارج",
      ],
    },
  },
];
