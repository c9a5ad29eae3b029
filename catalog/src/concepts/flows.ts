import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";

type ConceptInput = z.input<typeof conceptSchema>;

/** Movements over a period: arrivals, departures, their balance and returns. */
export const flowConcepts: ConceptInput[] = [
  {
    id: "immigration-flow",
    name: "Immigration flow",
    definition:
      "The number of persons who establish their usual residence in the country during a period, normally a calendar year, having previously been usually resident elsewhere. Citizens returning from abroad are included.",
    standards: ["un-1998", "un-eg-2021", "eu-862-2007"],
    criterion: "Persons taking up usual residence for at least 12 months during the year.",
    params: {
      residenceThresholdMonths: 12,
      residenceBasis: "usual",
      countingUnit: "persons",
      includesCitizens: true,
    },
    variants: [
      {
        id: "ro-imigranti-definitivi",
        label: "Imigranți definitivi (change of domicile), Romania",
        countries: ["RO"],
        criterion:
          "Persons who moved their legal domicile to Romania, whatever the length of stay.",
        params: { residenceBasis: "registered" },
        status: "verified",
      },
      {
        id: "ro-imigranti-temporari",
        label: "Imigranți temporari (usual residence ≥ 12 months), Romania",
        countries: ["RO"],
        criterion: "Persons who took up usual residence in Romania for 12 months or more.",
        params: {
          residenceThresholdMonths: 12,
          residenceBasis: "usual",
          note: "INS label of the series that follows the 12-month standard, published beside the domicile-based one",
        },
        status: "verified",
      },
      {
        id: "ru-place-of-stay-9-months",
        label: "Russia since 2011: arrivals include registrations at place of stay ≥ 9 months",
        countries: ["RU"],
        criterion:
          "Rosstat's прибывшие include persons registered at a place of stay for 9 months or more, as well as at a place of residence.",
        params: { residenceThresholdMonths: 9, residenceBasis: "registered" },
        status: "partly-verified",
      },
      {
        id: "fr-ined-excludes-seasonal",
        label: "INED immigration flows exclude seasonal workers, France",
        countries: ["FR"],
        criterion: "Permit-based flows of third-country nationals leave seasonal workers out.",
        params: { migrantCriterion: "permit", includesCitizens: false },
        status: "verified",
      },
      {
        id: "permit-based-inflows",
        label: "First permits of a given duration (OECD standardised inflows)",
        countries: [],
        criterion:
          "Inflows are foreigners granted a residence permit of a given type, not persons taking up usual residence.",
        params: { migrantCriterion: "permit", includesCitizens: false, countingUnit: "events" },
        status: "partly-verified",
      },
    ],
    terms: {
      en: ["immigration", "immigrants", "arrivals"],
      fr: ["immigration", "immigrants", "entrées"],
      es: ["inmigración", "inmigrantes"],
      ru: ["иммиграция", "прибывшие", "иммигранты"],
      ro: ["imigrare", { text: "imigrant", verified: true, source: "INS Romania" }, "imigranți"],
      sr: ["useljenje", "useljeni", "useljenik", "imigrant"],
      ar: ["الهجرة الوافدة", "مهاجر وافد", "الوافدون"],
    },
  },
  {
    id: "emigration-flow",
    name: "Emigration flow",
    definition:
      "The number of persons who give up their usual residence in the country during a period, normally a calendar year, to live abroad. It is heavily under-recorded wherever people rarely deregister.",
    standards: ["un-1998", "un-eg-2021", "eu-862-2007"],
    criterion: "Persons leaving usual residence for at least 12 months during the year.",
    params: {
      residenceThresholdMonths: 12,
      residenceBasis: "usual",
      countingUnit: "persons",
      includesCitizens: true,
    },
    variants: [
      {
        id: "ro-emigranti-definitivi",
        label: "Emigranți definitivi (change of domicile), Romania",
        countries: ["RO"],
        criterion: "Persons who moved their legal domicile abroad; most emigrants never do.",
        params: { residenceBasis: "registered" },
        status: "verified",
      },
      {
        id: "ro-emigranti-temporari",
        label: "Emigranți temporari (usual residence ≥ 12 months), Romania",
        countries: ["RO"],
        criterion:
          "Persons living abroad for 12 months or more, estimated from partner-country (mirror) data and small-area estimation.",
        params: {
          residenceThresholdMonths: 12,
          residenceBasis: "usual",
          note: "INS label of the series that follows the 12-month standard, published beside the domicile-based one",
        },
        status: "verified",
      },
      {
        id: "deregistration-based",
        label: "Deregistrations from the population register",
        countries: [],
        criterion: "Only persons who deregister count, so emigration is under-recorded.",
        params: { residenceBasis: "registered" },
        status: "verified",
      },
      {
        id: "fr-no-direct-count",
        label: "No direct emigration count, France",
        countries: ["FR"],
        criterion:
          "No reliable emigration statistics exist; only a net migration balance is estimated.",
        params: { note: "emigration known only through the estimated net balance" },
        status: "verified",
      },
    ],
    terms: {
      en: ["emigration", "emigrants", "departures"],
      fr: ["émigration", "émigrants", "sorties"],
      es: ["emigración", "emigrantes"],
      ru: ["эмиграция", "выбывшие", "эмигранты"],
      ro: ["emigrare", { text: "emigrant", verified: true, source: "INS Romania" }, "emigranți"],
      sr: ["iseljenje", "iseljeni", "iseljenik", "emigrant"],
      ar: ["الهجرة إلى الخارج", "مهاجر إلى الخارج", "المغتربون"],
    },
  },
  {
    id: "net-migration",
    name: "Net migration",
    definition:
      "Immigrants minus emigrants over a period; as a rate, per 1,000 population (person-years). When derived as a residual it absorbs census and register errors.",
    standards: ["un-1998", "un-eg-2021"],
    criterion: "Immigration minus emigration, counted directly.",
    params: { residenceThresholdMonths: 12, residenceBasis: "usual", countingUnit: "persons" },
    variants: [
      {
        id: "demographic-residual",
        label: "Residual of the demographic balance",
        countries: [],
        criterion:
          "Net migration is population change minus natural increase, so it also carries census and register errors.",
        params: { note: "residual: Δpopulation − (births − deaths)" },
        status: "partly-verified",
      },
      {
        id: "registered-moves-balance",
        label: "Balance of registered arrivals and departures",
        countries: [],
        criterion:
          "The balance (e.g. миграционный прирост) is built from registrations and deregistrations, inheriting their under-recorded emigration.",
        params: { residenceBasis: "registered" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["net migration", "migration balance", "net migration rate"],
      fr: [{ text: "solde migratoire", verified: true, source: "INSEE / INED" }],
      es: ["saldo migratorio", "migración neta"],
      ru: ["миграционный прирост", "сальдо миграции"],
      ro: ["soldul migrației", "sold migratoriu"],
      sr: [{ text: "migracioni saldo", verified: true, source: "MONSTAT" }],
      ar: ["صافي الهجرة"],
    },
  },
  {
    id: "return-migrant",
    name: "Return migrant",
    definition:
      "A citizen who comes back to their country of citizenship after having been an international migrant abroad, intending to stay. The 1998 recommendations ask for at least one year abroad.",
    standards: ["un-1998", "icls-2018"],
    criterion: "Citizen resettling after at least 12 months' usual residence abroad.",
    params: { residenceThresholdMonths: 12, residenceBasis: "usual", includesCitizens: true },
    variants: [
      {
        id: "previous-residence-abroad",
        label: "Previous residence abroad (census or LFS question)",
        countries: [],
        criterion:
          "Returnees are residents whose residence one or five years earlier was abroad, without a duration rule.",
        params: { note: "identified by a retrospective question" },
        status: "unverified",
      },
      {
        id: "assisted-return-cases",
        label: "Assisted or forced return cases",
        countries: [],
        criterion:
          "Returns are counted as AVRR cases or readmissions, i.e. programme events rather than all returning citizens.",
        params: { countingUnit: "cases" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["return migrant", "returnee", "returning migrant"],
      fr: ["migrant de retour"],
      es: ["migrante retornado", "retornado"],
      ru: ["вернувшийся мигрант", "возвратный мигрант"],
      ro: ["migrant revenit", "migrant reîntors"],
      sr: ["povratnik", "povratni migrant"],
      ar: ["المهاجر العائد"],
    },
  },
];
