import type { IndicatorInput } from "@gapmap/core";

const SDG_TITLES = "UN SDG global indicator framework";
const SDG_TITLES_FR = "UN SDG titles (FR)";
const SDG_TITLES_ES = "UN SDG titles (ES)";
const SDG_TITLES_RU = "UN SDG titles (RU)";
const SDG_TITLES_RO = "UN SDG titles (RO)";
const SDG_TITLES_AR = "UN SDG titles (AR)";
const SR_TRAFFICKING_STRATEGY =
  "Vlada Republike Srbije, «Strategija borbe protiv trgovine ljudima u Republici Srbiji» (otvorenavlada.rs)";

/**
 * A.1: harm along the way — victims of trafficking, migrant smuggling, and migrants who died
 * or went missing. Trafficking (exploitation) and smuggling (facilitated crossing) are distinct
 * crimes with distinct words in every language; keep them apart.
 */
export const traffickingFlowIndicators: IndicatorInput[] = [
  {
    id: "flow-trafficking-victims",
    section: "A.1",
    name: "Detected victims of trafficking in persons",
    definition:
      "People identified by police, prosecutors, labour inspectors or victim-support services as victims of trafficking during a period, by sex, age and form of exploitation. Detected victims are only the visible part of trafficking; national and foreign victims are both included.",
    measure: "flow",
    unitFamily: "persons",
    requiredDimensions: ["sex", "age"],
    sdg: "16.2.2",
    series: [{ code: "VC_HTF_DETV", publisher: "UN SDG Global Database" }],
    standards: ["palermo-protocols-2000", "sdg-global-framework"],
    concepts: ["trafficking-victim"],
    sourceTypes: ["police-register", "victim-support-register", "enforcement-data"],
    themes: ["trafficking-smuggling", "protection"],
    synonyms: {
      en: [
        {
          text: "NRM",
          kind: "acronym",
          verified: true,
          source:
            "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK (gov.uk)",
        },
        {
          text: "NRM referrals",
          verified: true,
          source:
            "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK (gov.uk)",
        },
        {
          text: "referrals to the National Referral Mechanism",
          verified: true,
          source:
            "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK (gov.uk)",
        },
        {
          text: "Duty to Notify",
          verified: true,
          source:
            "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK (gov.uk)",
        },
        {
          text: "DtN",
          kind: "acronym",
          verified: true,
          source:
            "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK (gov.uk)",
        },
        {
          text: "potential victims of modern slavery",
          verified: true,
          source:
            "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK (gov.uk)",
        },
        "conclusive grounds",
        {
          text: "Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation",
          verified: true,
          source: SDG_TITLES,
        },
        "victims of trafficking",
        "victims of human trafficking",
        "detected victims of trafficking in persons",
        "identified victims of trafficking",
        "trafficking in persons",
        { text: "VC_HTF_DETV", kind: "code" },
      ],
      fr: [
        { text: "traite des êtres humains", verified: true, source: SDG_TITLES_FR },
        "victimes de la traite",
        "victimes de traite des êtres humains identifiées",
        "victimes de la traite des personnes",
      ],
      es: [
        { text: "trata de personas", verified: true, source: SDG_TITLES_ES },
        "víctimas de trata",
        "víctimas de trata de personas identificadas",
        "víctimas de la trata de seres humanos",
      ],
      ru: [
        { text: "торговля людьми", verified: true, source: SDG_TITLES_RU },
        "жертвы торговли людьми",
        "выявленные жертвы торговли людьми",
        "число жертв торговли людьми",
      ],
      ro: [
        { text: "trafic de persoane", verified: true, source: SDG_TITLES_RO },
        "victime ale traficului de persoane",
        "victimele traficului de persoane identificate",
        "persoane traficate",
      ],
      sr: [
        { text: "trgovina ljudima", verified: true, source: SR_TRAFFICKING_STRATEGY },
        "žrtve trgovine ljudima",
        "identifikovane žrtve trgovine ljudima",
        "potencijalne žrtve trgovine ljudima",
      ],
      ar: [
        { text: "الاتجار بالبشر", verified: true, source: SDG_TITLES_AR },
        "ضحايا الاتجار بالبشر",
        "ضحايا الاتجار بالأشخاص",
        "عدد ضحايا الاتجار بالبشر المكتشفين",
      ],
    },
  },
  {
    id: "flow-smuggling",
    section: "A.1",
    name: "Migrant smuggling cases and persons smuggled",
    definition:
      "Cases of migrant smuggling — procuring someone's irregular entry into a country for a financial or material benefit — recorded by police and prosecutors, with the smugglers apprehended and the migrants smuggled. Unlike trafficking, the migrant consents to the crossing and exploitation is not an element.",
    measure: "flow",
    unitFamily: "events",
    requiredDimensions: ["country"],
    series: [],
    standards: ["palermo-protocols-2000"],
    concepts: ["irregular-migrant"],
    sourceTypes: ["police-register", "enforcement-data"],
    themes: ["trafficking-smuggling", "irregular-migration"],
    synonyms: {
      en: [
        "migrant smuggling",
        "smuggling of migrants",
        "smuggled migrants",
        "persons smuggled",
        "migrant smuggling cases",
        "smugglers apprehended",
        "facilitators detected",
      ],
      fr: [
        "trafic illicite de migrants",
        "migrants objets d'un trafic illicite",
        "passeurs interpellés",
        "aide à l'entrée et au séjour irréguliers",
        "filières d'immigration irrégulière démantelées",
      ],
      es: [
        "tráfico ilícito de migrantes",
        "tráfico de migrantes",
        "migrantes objeto de tráfico ilícito",
        "casos de tráfico de migrantes",
        "traficantes de migrantes detenidos",
      ],
      ru: [
        "незаконный ввоз мигрантов",
        "организация незаконной миграции",
        "незаконный провоз мигрантов",
        "незаконно ввезённые мигранты",
      ],
      ro: [
        "trafic de migranți",
        "introducerea ilegală de migranți",
        "călăuze depistate",
        "facilitatori ai migrației ilegale",
      ],
      sr: [
        "krijumčarenje migranata",
        "krijumčarenje ljudi",
        "krijumčareni migranti",
        "krivična dela krijumčarenja ljudi",
        { text: "krivična djela krijumčarenja ljudi", variant: "ijekavian" },
      ],
      ar: ["تهريب المهاجرين", "المهاجرون المهربون", "قضايا تهريب المهاجرين", "مهربو المهاجرين"],
    },
  },
  {
    id: "flow-missing-migrants",
    section: "A.1",
    name: "Migrants dead or missing in the process of migration",
    definition:
      "People who died or disappeared while migrating towards an international destination, recorded event by event from coast guards, medical examiners, NGOs and media. The counts are minimum estimates and leave out deaths in destination countries, in detention or camps, during deportation, or linked to exploitation.",
    measure: "flow",
    unitFamily: "persons",
    requiredDimensions: ["sex", "age", "country"],
    sdg: "10.7.3",
    series: [
      { code: "SM_DTH_MIGR", publisher: "UN SDG Global Database" },
      { code: "Missing Migrants Project", publisher: "IOM" },
    ],
    standards: ["sdg-global-framework"],
    concepts: ["international-migrant"],
    sourceTypes: ["iom-missing-migrants", "enforcement-data"],
    themes: ["irregular-migration", "protection"],
    synonyms: {
      en: [
        {
          text: "Number of people who died or disappeared in the process of migration towards an international destination",
          verified: true,
          source: SDG_TITLES,
        },
        "missing migrants",
        "dead and missing migrants",
        "dead and missing",
        "migrant deaths",
        "migrant fatalities",
        "deaths and disappearances of migrants",
      ],
      fr: [
        "migrants disparus",
        {
          text: "personnes décédées ou disparues lors de la migration",
          verified: true,
          source: SDG_TITLES_FR,
        },
        "migrants morts ou disparus",
        "décès de migrants",
      ],
      es: [
        "migrantes desaparecidos",
        {
          text: "personas que murieron o desaparecieron en el proceso de migración",
          verified: true,
          source: SDG_TITLES_ES,
        },
        "migrantes muertos y desaparecidos",
        "muertes de migrantes",
      ],
      ru: [
        "пропавшие без вести мигранты",
        {
          text: "погибшие или исчезнувшие в процессе миграции",
          verified: true,
          source: SDG_TITLES_RU,
        },
        "погибшие и пропавшие мигранты",
        "гибель мигрантов",
      ],
      ro: [
        "migranți dispăruți",
        {
          text: "persoane decedate sau dispărute în procesul de migrație",
          verified: true,
          source: SDG_TITLES_RO,
        },
        "migranți decedați",
        "decese ale migranților",
      ],
      sr: [
        "nestali migranti",
        "umrli ili nestali u procesu migracije",
        "poginuli i nestali migranti",
        "smrtno stradali migranti",
      ],
      ar: [
        "المهاجرون المفقودون",
        {
          text: "الذين لقوا حتفهم أو اختفوا أثناء الهجرة",
          verified: true,
          source: SDG_TITLES_AR,
        },
        "المهاجرون القتلى والمفقودون",
        "وفيات المهاجرين",
      ],
    },
  },
];
