import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";

type ConceptInput = z.input<typeof conceptSchema>;

/** Forced displacement, statelessness, trafficking and irregular stay. */
export const protectionConcepts: ConceptInput[] = [
  {
    id: "refugee",
    name: "Refugee",
    definition:
      "A person outside their country of nationality or habitual residence owing to a well-founded fear of persecution for reasons of race, religion, nationality, membership of a particular social group or political opinion. Statistics also include persons in refugee-like situations and those under complementary, subsidiary or temporary protection.",
    standards: ["refugee-convention-1951", "irrs-2018"],
    criterion: "1951 Convention grounds, extended statistically to other international protection.",
    params: { countingUnit: "persons", includesCitizens: false },
    variants: [
      {
        id: "oau-1969",
        label: "OAU Convention 1969 (Africa)",
        countries: [],
        criterion:
          "Also covers persons fleeing external aggression, occupation, foreign domination or events seriously disturbing public order.",
        params: { note: "regional definition wider than 1951 grounds" },
        status: "partly-verified",
      },
      {
        id: "cartagena-1984",
        label: "Cartagena Declaration 1984 (Latin America)",
        countries: [],
        criterion:
          "Also covers persons fleeing generalised violence, foreign aggression, internal conflicts or massive human-rights violations.",
        params: { note: "regional definition wider than 1951 grounds" },
        status: "partly-verified",
      },
      {
        id: "gb-refugee-like-included",
        label: "Refugees and persons in refugee-like situations (UK SDG reporting)",
        countries: ["GB"],
        criterion: "National SDG 10.7.4 reporting includes persons in refugee-like situations.",
        params: { note: "refugee-like situations included" },
        status: "verified",
      },
      {
        id: "convention-status-only",
        label: "Recognised Convention refugees only",
        countries: [],
        criterion:
          "Only persons granted refugee status are counted; subsidiary, humanitarian or temporary protection is left out.",
        params: { note: "excludes complementary protection" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["refugee", "refugees"],
      fr: [{ text: "réfugié", verified: true, source: "UN SDG titles (FR)" }, "réfugiés"],
      es: [{ text: "refugiado", verified: true, source: "UN SDG titles (ES)" }, "refugiados"],
      ru: [{ text: "беженец", verified: true, source: "UN SDG titles (RU)" }, "беженцы"],
      ro: [{ text: "refugiat", verified: true, source: "UN SDG titles (RO)" }, "refugiați"],
      sr: [
        { text: "izbeglica", verified: true, source: "Stat.gov.rs (RZS)" },
        {
          text: "izbjeglica",
          verified: true,
          source: "Republika Srpska statistics SDG site",
          variant: "ijekavian",
        },
      ],
      ar: [{ text: "لاجئ", verified: true, source: "UN SDG titles (AR)" }, "اللاجئون"],
    },
  },
  {
    id: "asylum-seeker",
    name: "Asylum-seeker",
    definition:
      "A person who has applied for international protection and whose claim has not yet been finally decided. Flows count applications lodged; the stock counts persons with a pending claim.",
    standards: ["irrs-2018", "eu-862-2007"],
    criterion: "Person with a protection claim lodged and not finally decided.",
    params: { countingUnit: "persons", includesCitizens: false },
    variants: [
      {
        id: "applications",
        label: "Applications counted, not persons",
        countries: [],
        criterion:
          "Every application is counted, including repeat applications by the same person.",
        params: { countingUnit: "events" },
        status: "verified",
      },
      {
        id: "first-time-applicants",
        label: "First-time applicants only (EU migr_asyappctza)",
        countries: [],
        criterion: "Only persons applying for the first time in the country are counted.",
        params: { countingUnit: "persons", note: "subsequent applications excluded" },
        status: "verified",
      },
      {
        id: "principal-applicants-only",
        label: "Principal applicants only, dependants uncounted",
        countries: [],
        criterion: "Cases are counted by principal applicant; accompanying family members are not.",
        params: { countingUnit: "cases" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["asylum seeker", "asylum-seekers", "asylum applicant"],
      fr: ["demandeur d'asile", "demandeurs d'asile"],
      es: ["solicitante de asilo", "solicitantes de asilo"],
      ru: ["лицо, ищущее убежища", "ходатайствующие о предоставлении убежища"],
      ro: ["solicitant de azil", "solicitanți de azil"],
      sr: ["tražilac azila", "tražioci azila"],
      ar: ["طالب لجوء", "طالبو اللجوء"],
    },
  },
  {
    id: "idp",
    name: "Internally displaced person",
    definition:
      "A person forced or obliged to flee or leave home because of armed conflict, generalised violence, human-rights violations or disasters, who has not crossed an internationally recognised border.",
    standards: ["guiding-principles-idp-1998", "iris-2020"],
    criterion: "Forced displacement within the country's borders.",
    params: { countingUnit: "persons", includesCitizens: true },
    variants: [
      {
        id: "assistance-registration",
        label: "Registered for assistance",
        countries: [],
        criterion:
          "IDPs are those registered for assistance, so they drop out of the count when assistance ends rather than when displacement ends.",
        params: { residenceBasis: "registered" },
        status: "verified",
      },
    ],
    terms: {
      en: ["internally displaced person", "IDPs", "internally displaced"],
      fr: ["personne déplacée à l'intérieur de son propre pays", "déplacés internes", "PDI"],
      es: ["desplazado interno", "desplazados internos"],
      ru: ["внутренне перемещённое лицо", "ВПЛ", "вынужденные переселенцы"],
      ro: ["persoană strămutată intern", "persoane strămutate intern"],
      sr: ["interno raseljeno lice", "interno raseljena lica", "raseljena lica"],
      ar: ["نازح داخليا", "النازحون داخليا"],
    },
  },
  {
    id: "stateless-person",
    name: "Stateless person",
    definition:
      "A person who is not considered a national by any state under the operation of its law. Statistics add persons of undetermined nationality who lack proof of any nationality.",
    standards: ["iross-2023"],
    criterion: "Not a national of any state.",
    params: { countingUnit: "persons", includesCitizens: false },
    variants: [
      {
        id: "unknown-citizenship-merged",
        label: "Stateless merged with unknown citizenship",
        countries: [],
        criterion:
          "Census or register tables put stateless persons together with 'citizenship not stated' or 'unknown'.",
        params: { migrantCriterion: "citizenship" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["stateless person", "stateless persons", "statelessness"],
      fr: ["apatride", "apatrides", "apatridie"],
      es: ["apátrida", "apátridas", "apatridia"],
      ru: ["лицо без гражданства", "лица без гражданства", "апатрид"],
      ro: ["apatrid", "apatrizi", "persoane fără cetățenie"],
      sr: ["lice bez državljanstva", "apatrid"],
      ar: ["عديم الجنسية", "عديمو الجنسية"],
    },
  },
  {
    id: "trafficking-victim",
    name: "Victim of trafficking in persons",
    definition:
      "A person recruited, transported, transferred, harboured or received by threat, force, coercion, deception or abuse of power for the purpose of exploitation. Statistics count victims detected by authorities or support services.",
    standards: ["palermo-protocols-2000", "sdg-global-framework"],
    criterion: "Act, means and purpose of exploitation (Palermo Protocol); detected victims.",
    params: { countingUnit: "persons", includesCitizens: true },
    variants: [
      {
        id: "formally-identified-only",
        label: "Formally identified victims only",
        countries: [],
        criterion:
          "Only victims formally identified by police or a national referral mechanism count; presumed victims do not.",
        params: { countingUnit: "persons", note: "presumed victims excluded" },
        status: "unverified",
      },
      {
        id: "criminal-cases",
        label: "Criminal cases instead of victims",
        countries: [],
        criterion: "Trafficking is reported as registered criminal offences, not persons.",
        params: { countingUnit: "cases" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["victim of trafficking", "trafficking in persons", "human trafficking"],
      fr: [
        { text: "traite des êtres humains", verified: true, source: "UN SDG titles (FR)" },
        "victime de la traite",
      ],
      es: [
        { text: "trata de personas", verified: true, source: "UN SDG titles (ES)" },
        "víctima de trata",
      ],
      ru: [
        { text: "торговля людьми", verified: true, source: "UN SDG titles (RU)" },
        "жертва торговли людьми",
      ],
      ro: [
        { text: "trafic de persoane", verified: true, source: "UN SDG titles (RO)" },
        "victimă a traficului de persoane",
      ],
      sr: [
        {
          text: "trgovina ljudima",
          verified: true,
          source: "Republika Srpska statistics SDG site",
        },
        "žrtva trgovine ljudima",
      ],
      ar: [
        { text: "الاتجار بالبشر", verified: true, source: "UN SDG titles (AR)" },
        "ضحية الاتجار بالبشر",
      ],
    },
  },
  {
    id: "irregular-migrant",
    name: "Migrant in an irregular situation",
    definition:
      "A person who enters, stays or works in a country without the authorisation required by its law. No register covers them; their number is estimated, and enforcement statistics count events rather than persons.",
    standards: ["icrmw-1990", "eu-862-2007"],
    criterion: "Entry, stay or work without the required authorisation.",
    params: { countingUnit: "persons", includesCitizens: false },
    variants: [
      {
        id: "enforcement-events",
        label: "Enforcement counts (apprehensions, found illegally present)",
        countries: [],
        criterion:
          "Irregular migration is shown by apprehensions or persons found illegally present, which reflect enforcement effort rather than size.",
        params: { countingUnit: "events" },
        status: "partly-verified",
      },
      {
        id: "regularisation-applicants",
        label: "Applicants in regularisation programmes",
        countries: [],
        criterion:
          "Persons applying in an amnesty or regularisation stand in for the irregular stock.",
        params: { countingUnit: "persons", note: "lower bound" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["irregular migrant", "undocumented migrant", "illegally present"],
      fr: ["migrant en situation irrégulière", "sans-papiers"],
      es: ["migrante en situación irregular", "migrante indocumentado"],
      ru: ["нелегальный мигрант", "незаконно находящиеся"],
      ro: ["migrant în situație neregulamentară", "migrant ilegal"],
      sr: ["iregularni migrant", "nezakoniti migrant"],
      ar: ["مهاجر غير نظامي", "المهاجرون غير النظاميين"],
    },
  },
];
