import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";

type ConceptInput = z.input<typeof conceptSchema>;

/** Balance-of-payments concepts behind remittance statistics (BPM6 Appendix 5). */
export const remittanceConcepts: ConceptInput[] = [
  {
    id: "personal-remittances",
    name: "Personal remittances",
    definition:
      "Household income from abroad in the balance of payments: personal transfers, plus compensation of employees net of taxes, social contributions, travel and transport, plus capital transfers between households.",
    standards: ["bpm6"],
    criterion: "Personal transfers + net compensation of employees + household capital transfers.",
    params: {
      countingUnit: "money",
      residenceThresholdMonths: 12,
      note: "BPM6 residence rule: workers abroad 12 months or more are non-residents",
    },
    variants: [
      {
        id: "workers-remittances-bpm5",
        label: "Pre-BPM6 'workers' remittances'",
        countries: [],
        criterion:
          "Only transfers by migrants employed and resident abroad are recorded, under the older BPM5 item, missing transfers from other sources.",
        params: { countingUnit: "money", note: "BPM5 workers' remittances item" },
        status: "verified",
      },
      {
        id: "formal-channels-only",
        label: "Formal channels only",
        countries: [],
        criterion:
          "The central bank records bank and money-transfer-operator flows and estimates informal channels and in-kind transfers poorly or not at all.",
        params: { countingUnit: "money", note: "informal and in-kind transfers under-estimated" },
        status: "partly-verified",
      },
      {
        id: "total-remittances",
        label: "Total remittances (including social benefits)",
        countries: [],
        criterion:
          "Personal remittances plus social benefits paid to households abroad (BPM6 Table A5.2).",
        params: { countingUnit: "money", note: "wider aggregate" },
        status: "verified",
      },
    ],
    terms: {
      en: ["personal remittances", "remittances", "migrant remittances"],
      fr: [
        { text: "envois de fonds", verified: true, source: "UN SDG titles (FR)" },
        "transferts de fonds",
      ],
      es: [{ text: "remesas", verified: true, source: "UN SDG titles (ES)" }, "remesas personales"],
      ru: [{ text: "денежные переводы", verified: true, source: "UN SDG titles (RU)" }],
      ro: [
        { text: "remitențe", verified: true, source: "UN SDG titles (RO)" },
        { text: "transferuri de bani", verified: true, source: "UN SDG titles (RO)" },
      ],
      sr: [{ text: "doznake", verified: true, source: "Republika Srpska statistics SDG site" }],
      ar: [{ text: "التحويلات المالية", verified: true, source: "UN SDG titles (AR)" }],
    },
  },
  {
    id: "personal-transfers",
    name: "Personal transfers",
    definition:
      "All current transfers in cash or in kind between resident and non-resident households, whatever the source of income or the relationship between the households. BPM6 uses it in place of 'workers' remittances'.",
    standards: ["bpm6"],
    criterion: "Current transfers between resident and non-resident households.",
    params: { countingUnit: "money" },
    variants: [
      {
        id: "workers-remittances-bpm5",
        label: "Workers' remittances (BPM5)",
        countries: [],
        criterion: "Only transfers by migrants working abroad who are resident there are included.",
        params: { countingUnit: "money", residenceThresholdMonths: 12 },
        status: "verified",
      },
    ],
    terms: {
      en: ["personal transfers"],
      fr: ["transferts personnels"],
      es: ["transferencias personales"],
      ru: ["личные трансферты"],
      ro: ["transferuri personale"],
      sr: ["lični transferi"],
      ar: ["التحويلات الشخصية"],
    },
  },
  {
    id: "compensation-of-employees",
    name: "Compensation of employees",
    definition:
      "Income of border, seasonal and other short-term workers employed in an economy where they are not resident, and of residents employed by non-resident entities, recorded gross.",
    standards: ["bpm6", "sna-2008"],
    criterion: "Pay of non-resident workers (under 12 months abroad), recorded gross.",
    params: {
      countingUnit: "money",
      residenceThresholdMonths: 12,
      note: "workers abroad 12 months or more become non-residents; their transfers move to personal transfers",
    },
    variants: [
      {
        id: "net-only",
        label: "Recorded net of taxes and expenses",
        countries: [],
        criterion:
          "Only the net amount (the part entering personal remittances) is published, not gross pay.",
        params: {
          countingUnit: "money",
          note: "net of taxes, contributions, travel and transport",
        },
        status: "unverified",
      },
    ],
    terms: {
      en: ["compensation of employees"],
      fr: ["rémunération des salariés"],
      es: ["remuneración de asalariados", "remuneración de los asalariados"],
      ru: ["оплата труда наёмных работников", "оплата труда"],
      ro: ["remunerarea salariaților"],
      sr: ["naknade zaposlenima"],
      ar: ["تعويضات العاملين"],
    },
  },
];
