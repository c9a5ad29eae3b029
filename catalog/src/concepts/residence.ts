import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";

type ConceptInput = z.input<typeof conceptSchema>;

/** Residence and duration: what makes a move count as migration. */
export const residenceConcepts: ConceptInput[] = [
  {
    id: "usual-residence",
    name: "Usual residence",
    definition:
      "The place where a person normally spends the daily period of rest, temporary absences for holidays, visits, business or treatment notwithstanding. Censuses apply it either as the place lived in for most of the last 12 months or as the place lived in (or intended to be lived in) for at least 12 months.",
    standards: ["un-1998", "pr-census-rev3", "eu-862-2007"],
    criterion: "Actual place of daily rest, with a 12-month duration rule.",
    params: { residenceThresholdMonths: 12, residenceBasis: "usual" },
    variants: [
      {
        id: "census-six-months-plus-one-day",
        label: "Most of the last 12 months (6 months and one day)",
        countries: [],
        criterion:
          "The census counts a person where they lived for more than half of the last 12 months, one of the two options P&R Census Rev.3 allows.",
        params: {
          residenceThresholdMonths: 6,
          residenceBasis: "usual",
          note: "6 months and 1 day within the 12 months before the census date",
        },
        status: "verified",
      },
      {
        id: "rs-prebivaliste",
        label: "Registered permanent residence (prebivalište), Serbia",
        countries: ["RS"],
        criterion:
          "Residence is the address registered with the Ministry of Interior (prebivalište), not the place actually lived in.",
        params: { residenceBasis: "registered" },
        status: "verified",
      },
      {
        id: "ro-domiciliu",
        label: "Legal domicile (domiciliu), Romania",
        countries: ["RO"],
        criterion:
          "Residence is the domicile in the identity document; INS publishes domicile-based series next to usual-residence series.",
        params: { residenceBasis: "registered" },
        status: "verified",
      },
      {
        id: "ru-propiska",
        label: "Registration at place of residence (прописка / регистрация), Russia",
        countries: ["RU"],
        criterion:
          "Residence follows registration at the place of residence (and, since 2011, of stay), not actual residence.",
        params: { residenceBasis: "registered" },
        status: "partly-verified",
      },
    ],
    terms: {
      en: ["usual residence", "place of usual residence", "country of usual residence"],
      fr: ["résidence habituelle", "lieu de résidence habituelle"],
      es: ["residencia habitual", "lugar de residencia habitual"],
      ru: ["место обычного жительства", "обычное место жительства"],
      ro: [{ text: "reședința obișnuită", verified: true, source: "INS Romania" }],
      sr: [
        "uobičajeno mesto stanovanja",
        { text: "uobičajeno mjesto stanovanja", variant: "ijekavian" },
      ],
      ar: ["مكان الإقامة المعتادة", "بلد الإقامة المعتادة"],
    },
  },
  {
    id: "international-migrant",
    name: "International migrant",
    definition:
      "A person who has changed their country of usual residence, whatever the reason for moving or their legal status. The 2021 framework separates such migrants from people who cross borders without changing residence (international temporary mobility).",
    standards: ["un-1998", "un-eg-2021"],
    criterion: "Change of country of usual residence, citizens and foreigners alike.",
    params: { residenceBasis: "usual", countingUnit: "persons", includesCitizens: true },
    variants: [
      {
        id: "foreigners-only",
        label: "Only foreign citizens counted as migrants",
        countries: [],
        criterion: "Own citizens moving in or out are left out; only foreigners are counted.",
        params: { migrantCriterion: "citizenship", includesCitizens: false },
        status: "unverified",
      },
      {
        id: "registered-moves-only",
        label: "Only registered moves counted",
        countries: [],
        criterion: "A move counts only when it is registered or deregistered with the authorities.",
        params: { residenceBasis: "registered" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["international migrant", "migrant"],
      fr: ["migrant international"],
      es: ["migrante internacional"],
      ru: ["международный мигрант"],
      ro: ["migrant internațional"],
      sr: ["međunarodni migrant"],
      ar: ["مهاجر دولي"],
    },
  },
  {
    id: "long-term-migrant",
    name: "Long-term migrant",
    definition:
      "A person who moves to another country for at least 12 months (actual or intended), so that the destination becomes the new country of usual residence.",
    standards: ["un-1998", "un-eg-2021", "eu-862-2007"],
    criterion: "Stay of 12 months or more in the new country of usual residence.",
    params: { residenceThresholdMonths: 12, residenceBasis: "usual", includesCitizens: true },
    variants: [
      {
        id: "ru-place-of-stay-9-months",
        label: "Russia since 2011: registration at place of stay for 9 months or more",
        countries: ["RU"],
        criterion:
          "Rosstat's current migration accounting has counted, since 2011, registrations at the place of stay for 9 months or more as well as registrations at the place of residence.",
        params: { residenceThresholdMonths: 9, residenceBasis: "registered" },
        status: "partly-verified",
      },
      {
        id: "permanent-residence",
        label: "Permanent residence or domicile registration",
        countries: [],
        criterion:
          "Only moves with a permanent residence permit or a change of registered domicile count, whatever the length of stay.",
        params: { residenceBasis: "legal-permanent" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["long-term migrant", "long-term immigrant", "long-term emigrant"],
      fr: ["migrant de longue durée"],
      es: ["migrante de larga duración"],
      ru: ["долгосрочный мигрант"],
      ro: ["migrant pe termen lung", "migrant de lungă durată"],
      sr: ["dugoročni migrant"],
      ar: ["مهاجر لأجل طويل"],
    },
  },
  {
    id: "short-term-migrant",
    name: "Short-term migrant",
    definition:
      "A person who moves to another country for 3 to 12 months, other than for recreation, holidays, visits to friends or relatives, business, medical treatment or pilgrimage. The 2021 framework treats such stays as temporary mobility rather than migration.",
    standards: ["un-1998", "un-eg-2021"],
    criterion: "Stay of at least 3 but under 12 months, excluding the listed purposes.",
    params: {
      residenceThresholdMonths: 3,
      residenceBasis: "usual",
      note: "upper bound 12 months; superseded by 'international temporary mobility' in UN EG 2021",
    },
    variants: [
      {
        id: "visa-entry-proxy",
        label: "Visas or entries used as a proxy",
        countries: [],
        criterion:
          "Short-term migration is not measured; visas issued or entries recorded stand in for it.",
        params: { countingUnit: "events" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["short-term migrant", "short-term migration"],
      fr: ["migrant de courte durée"],
      es: ["migrante de corta duración"],
      ru: ["краткосрочный мигрант"],
      ro: ["migrant pe termen scurt"],
      sr: ["kratkoročni migrant"],
      ar: ["مهاجر لأجل قصير"],
    },
  },
  {
    id: "temporary-migration",
    name: "Temporary migration",
    definition:
      "Migration for a limited period or a specific purpose, such as work or study, without an intention to settle. In 2021 terms it covers long-term migrants on temporary permits and temporary movers who do not change residence.",
    standards: ["un-eg-2021"],
    criterion: "Limited intended duration or purpose-bound stay, without settlement.",
    params: { residenceBasis: "usual" },
    variants: [
      {
        id: "permit-category",
        label: "Defined by permit category",
        countries: [],
        criterion:
          "Temporary migrants are the holders of temporary permits (seasonal, intra-corporate, student), whatever the actual duration.",
        params: { migrantCriterion: "permit" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["temporary migration", "temporary migrant"],
      fr: ["migration temporaire", "migrant temporaire"],
      es: ["migración temporal", "migrante temporal"],
      ru: ["временная миграция", "временный мигрант"],
      ro: ["migrație temporară", "migrant temporar"],
      sr: ["privremena migracija", "privremeni migrant"],
      ar: ["الهجرة المؤقتة", "مهاجر مؤقت"],
    },
  },
  {
    id: "circular-migration",
    name: "Circular migration",
    definition:
      "Repeated migration between the same countries. The UNECE task force measures it as a person who crossed the reporting country's border at least three times in ten years, each stay abroad or at home lasting at least 12 months.",
    standards: ["unece-circular-2016"],
    criterion: "At least 3 crossings in 10 years, each stay of 12 months or more.",
    params: {
      residenceThresholdMonths: 12,
      residenceBasis: "usual",
      countingUnit: "persons",
      note: "≥ 3 border crossings within 10 years; needs linked register or longitudinal data",
    },
    variants: [
      {
        id: "seasonal-permit-repeat",
        label: "Repeat seasonal work permits",
        countries: [],
        criterion:
          "Circular migration is proxied by workers who receive seasonal permits in several years, without a 12-month stay rule.",
        params: { migrantCriterion: "permit", countingUnit: "persons" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["circular migration", "circular migrant"],
      fr: ["migration circulaire"],
      es: ["migración circular"],
      ru: ["циркулярная миграция", "маятниковая миграция"],
      ro: ["migrație circulară"],
      sr: ["cirkularna migracija"],
      ar: ["الهجرة الدائرية"],
    },
  },
  {
    id: "internal-migrant",
    name: "Internal migrant",
    definition:
      "A person who has changed their usual residence from one administrative area to another within the same country. Censuses measure it from place of residence one or five years earlier; registers from recorded changes of address.",
    standards: ["pr-census-rev3"],
    criterion: "Change of usual residence across internal administrative boundaries.",
    params: { residenceBasis: "usual", includesCitizens: true },
    variants: [
      {
        id: "rs-registered-change-of-residence",
        label: "Registered changes of residence, Serbia (Unutrašnje migracije)",
        countries: ["RS"],
        criterion:
          "RZS counts changes of registered residence reported by the Ministry of Interior, which lag actual moves.",
        params: { residenceBasis: "registered", countingUnit: "events" },
        status: "verified",
      },
      {
        id: "registered-moves",
        label: "Moves registered with the civil or population register",
        countries: [],
        criterion: "Only moves declared to the register count; unregistered moves are missed.",
        params: { residenceBasis: "registered", countingUnit: "events" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["internal migrant", "internal migration"],
      fr: ["migrant interne", "migration interne"],
      es: ["migrante interno", "migración interna"],
      ru: ["внутренний мигрант", "внутренняя миграция"],
      ro: ["migrant intern", "migrație internă"],
      sr: [
        { text: "unutrašnje migracije", verified: true, source: "Stat.gov.rs (RZS)" },
        "unutrašnji migrant",
      ],
      ar: ["مهاجر داخلي", "الهجرة الداخلية"],
    },
  },
];
