import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";

type ConceptInput = z.input<typeof conceptSchema>;

/** Successor states of the USSR and of Yugoslavia, where citizenship is often the only variable. */
const EX_USSR_AND_EX_YUGOSLAV = [
  "AM",
  "AZ",
  "BY",
  "GE",
  "KZ",
  "KG",
  "MD",
  "RU",
  "TJ",
  "TM",
  "UA",
  "UZ",
  "BA",
  "HR",
  "ME",
  "MK",
  "RS",
  "SI",
];

/** Who counts as a migrant in a stock: birth, citizenship and their combinations. */
export const populationConcepts: ConceptInput[] = [
  {
    id: "foreign-born",
    name: "Foreign-born population",
    definition:
      "Residents born outside the reporting country, whatever their current citizenship. It overlaps only partly with foreign citizens: naturalised immigrants are foreign-born nationals, and foreigners born in the country are native-born.",
    standards: ["un-1998", "un-eg-2021", "pr-census-rev3", "icls-2018"],
    criterion: "Country of birth outside the reporting country.",
    params: { migrantCriterion: "birth", residenceBasis: "usual", includesCitizens: true },
    variants: [
      {
        id: "fr-immigre",
        label: "Immigré (INSEE/HCI 1992), France",
        countries: ["FR"],
        criterion:
          "Born a foreigner abroad and living in France; French citizens born abroad are excluded, so immigrés number fewer than the foreign-born.",
        params: { migrantCriterion: "immigre", includesCitizens: false },
        status: "verified",
      },
      {
        id: "successor-state-births",
        label: "Births in another successor state of the USSR or Yugoslavia",
        countries: EX_USSR_AND_EX_YUGOSLAV,
        criterion:
          "People born before 1991 in another republic of the same federation may or may not be recorded as foreign-born, so the birth criterion is unstable.",
        params: { migrantCriterion: "birth", note: "post-1991 successor-state births" },
        status: "partly-verified",
      },
    ],
    terms: {
      en: ["foreign-born", "born abroad", "foreign-born population"],
      fr: [{ text: "né à l'étranger", verified: true, source: "INSEE" }, "nés à l'étranger"],
      es: ["nacido en el extranjero", "población nacida en el extranjero"],
      ru: ["родившиеся за рубежом", "родившиеся за границей"],
      ro: ["născut în străinătate", "născuți în străinătate"],
      sr: ["rođen u inostranstvu", "rođeni u inostranstvu"],
      ar: ["المولودون في الخارج"],
    },
  },
  {
    id: "foreign-citizen",
    name: "Foreign citizen",
    definition:
      "A resident who does not hold the citizenship of the reporting country, including stateless persons. Citizenship can change through naturalisation, so foreign citizens are a shrinking subset of immigrants over time.",
    standards: ["un-1998", "un-eg-2021", "eu-862-2007"],
    criterion: "Does not hold the citizenship of the reporting country.",
    params: { migrantCriterion: "citizenship", residenceBasis: "usual", includesCitizens: false },
    variants: [
      {
        id: "valid-permit-holders",
        label: "Holders of valid residence permits",
        countries: [],
        criterion:
          "The foreign population is counted from valid residence permits: only regular third-country nationals, and a permit does not prove presence.",
        params: {
          migrantCriterion: "permit",
          residenceBasis: "legal-permanent",
          includesCitizens: false,
        },
        status: "unverified",
      },
    ],
    terms: {
      en: ["foreign citizen", "foreigner", "foreign national", "non-national"],
      fr: [{ text: "étranger", verified: true, source: "INSEE" }, "ressortissant étranger"],
      es: ["extranjero", "ciudadano extranjero"],
      ru: ["иностранный гражданин", "иностранцы"],
      ro: ["cetățean străin", "străini"],
      sr: ["strani državljanin", "stranac", "stranci"],
      ar: ["أجنبي", "مواطن أجنبي", "الأجانب"],
    },
  },
  {
    id: "international-migrant-stock",
    name: "International migrant stock",
    definition:
      "The number of international migrants living in a country at a given date. UN DESA counts the foreign-born, and uses foreign citizens where birthplace data are missing.",
    standards: ["un-1998", "un-eg-2021", "pr-census-rev3"],
    criterion: "Foreign-born residents at a reference date (citizenship as fallback).",
    params: { migrantCriterion: "birth", residenceBasis: "usual", countingUnit: "persons" },
    variants: [
      {
        id: "un-desa-citizenship-fallback",
        label: "UN DESA: foreign citizens where birthplace is missing",
        countries: [],
        criterion:
          "UN DESA substitutes citizenship data for countries without birthplace data, and adds refugees when censuses leave them out.",
        params: { migrantCriterion: "citizenship" },
        status: "verified",
      },
      {
        id: "citizenship-only-stock",
        label: "Citizenship-only stocks (ex-USSR and ex-Yugoslav countries)",
        countries: EX_USSR_AND_EX_YUGOSLAV,
        criterion:
          "Censuses and registers often publish migrants only as foreign citizens, so naturalised and co-ethnic immigrants disappear from the stock.",
        params: { migrantCriterion: "citizenship", includesCitizens: false },
        status: "partly-verified",
      },
      {
        id: "fr-immigres-stock",
        label: "Immigrés instead of foreign-born, France",
        countries: ["FR"],
        criterion:
          "INSEE stocks count immigrés (born foreigners abroad): 6.7–6.8 million against 8.4 million foreign-born in 2019–2020.",
        params: { migrantCriterion: "immigre", includesCitizens: false },
        status: "verified",
      },
    ],
    terms: {
      en: ["international migrant stock", "stock of international migrants", "migrant stock"],
      fr: ["stock de migrants internationaux"],
      es: ["stock de migrantes internacionales"],
      ru: ["численность международных мигрантов", "контингент международных мигрантов"],
      ro: [
        { text: "stocul de migranți", verified: true, source: "INS Romania" },
        { text: "stocul de emigranți", verified: true, source: "INS Romania" },
      ],
      sr: ["broj međunarodnih migranata", "stok međunarodnih migranata"],
      ar: ["رصيد المهاجرين الدوليين", "عدد المهاجرين الدوليين"],
    },
  },
  {
    id: "diaspora",
    name: "Diaspora",
    definition:
      "Emigrants and their descendants who keep ties with the country of origin. There is no agreed statistical definition, so Migration Profiles usually proxy it by the emigrant stock by country of origin.",
    standards: ["un-eg-2021"],
    criterion: "No statistical standard; usually emigrant stock by origin as a proxy.",
    params: { migrantCriterion: "birth", note: "proxied by UN DESA emigrant stock by origin" },
    variants: [
      {
        id: "citizens-abroad",
        label: "Citizens living abroad",
        countries: [],
        criterion:
          "The diaspora is the country's citizens resident abroad, whatever their birthplace.",
        params: { migrantCriterion: "citizenship", includesCitizens: true },
        status: "unverified",
      },
      {
        id: "ancestry",
        label: "Persons of national ancestry",
        countries: [],
        criterion: "Descendants of emigrants are included by ethnic or national ancestry.",
        params: { note: "includes second and later generations" },
        status: "unverified",
      },
      {
        id: "consular-registration",
        label: "Nationals registered with consulates",
        countries: [],
        criterion:
          "Only nationals who register with a consulate are counted; registration is voluntary.",
        params: { migrantCriterion: "citizenship", residenceBasis: "registered" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["diaspora", "nationals abroad"],
      fr: ["diaspora"],
      es: ["diáspora"],
      ru: ["диаспора", "соотечественники за рубежом"],
      ro: ["diaspora"],
      sr: ["dijaspora"],
      ar: ["الشتات", "الجاليات في الخارج"],
    },
  },
  {
    id: "migratory-status",
    name: "Migratory status",
    definition:
      "The SDG disaggregation that separates migrants from non-migrants. It is not one variable: country of birth, citizenship, year of arrival or duration of stay, and where relevant reason for migration or legal status can be combined.",
    standards: ["sdg-global-framework", "un-eg-2021"],
    criterion: "Foreign-born vs native-born, refined by citizenship and duration of stay.",
    params: { migrantCriterion: "birth-and-citizenship" },
    variants: [
      {
        id: "foreign-born-vs-native",
        label: "Foreign-born vs native-born only",
        countries: [],
        criterion: "Most SDG disaggregation (census, IPUMS NATIVITY) uses birthplace alone.",
        params: { migrantCriterion: "birth" },
        status: "verified",
      },
      {
        id: "citizenship-only-status",
        label: "Foreigners vs nationals only",
        countries: [],
        criterion:
          "Migratory status is taken from citizenship alone, as many surveys and registers hold.",
        params: { migrantCriterion: "citizenship" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["migratory status", "migrant status", "migration status"],
      fr: [{ text: "statut migratoire", verified: true, source: "UN SDG titles (FR)" }],
      es: [{ text: "estatus migratorio", verified: true, source: "UN SDG titles (ES)" }],
      ru: [{ text: "миграционный статус", verified: true, source: "UN SDG titles (RU)" }],
      ro: [{ text: "statut migrator", verified: true, source: "UN SDG titles (RO)" }],
      sr: ["migracioni status"],
      ar: [{ text: "الوضع من حيث الهجرة", verified: true, source: "UN SDG titles (AR)" }],
    },
  },
  {
    id: "naturalisation",
    name: "Naturalisation and acquisition of citizenship",
    definition:
      "The grant of citizenship to a person who did not hold it, on application or by another legal route (declaration, marriage, option). Statistics count acquisitions in a year by previous citizenship.",
    standards: ["eu-862-2007"],
    criterion: "Acquisitions of citizenship by any mode during the year.",
    params: { countingUnit: "persons", migrantCriterion: "citizenship" },
    variants: [
      {
        id: "naturalisation-only",
        label: "Naturalisation on application only",
        countries: [],
        criterion:
          "Only discretionary naturalisations are counted; acquisitions by declaration, marriage or birth are left out.",
        params: { countingUnit: "cases", note: "excludes non-application modes" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["naturalisation", "naturalization", "acquisition of citizenship"],
      fr: [
        "naturalisation",
        { text: "acquisition de la nationalité", verified: true, source: "INSEE" },
      ],
      es: ["naturalización", "adquisición de nacionalidad"],
      ru: ["приём в гражданство", "приобретение гражданства"],
      ro: ["naturalizare", "dobândirea cetățeniei"],
      sr: ["prijem u državljanstvo", "sticanje državljanstva"],
      ar: ["التجنس", "اكتساب الجنسية"],
    },
  },
];
