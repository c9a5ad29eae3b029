import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";

type ConceptInput = z.input<typeof conceptSchema>;

/** Labour migration concepts (20th ICLS, 2018). */
export const labourConcepts: ConceptInput[] = [
  {
    id: "migrant-worker",
    name: "International migrant worker",
    definition:
      "A person of working age present in the country who is either a usually resident international migrant in the labour force (employed or unemployed) or a non-resident foreign worker with a labour attachment to the country.",
    standards: ["icls-2018", "icrmw-1990"],
    criterion: "Resident migrants in the labour force plus non-resident foreign workers.",
    params: {
      residenceBasis: "usual",
      countingUnit: "persons",
      note: "migrants identified by country of birth or, failing that, citizenship",
    },
    variants: [
      {
        id: "work-permit-holders",
        label: "Holders of work permits only",
        countries: [],
        criterion:
          "Migrant workers are the foreigners holding a valid work permit: regular, registered workers only.",
        params: { migrantCriterion: "permit", includesCitizens: false },
        status: "unverified",
      },
      {
        id: "foreign-citizens-in-lfs",
        label: "Foreign citizens in the labour force survey",
        countries: [],
        criterion:
          "The LFS identifies migrants by citizenship only, so naturalised migrants are missed.",
        params: { migrantCriterion: "citizenship", includesCitizens: false },
        status: "unverified",
      },
      {
        id: "nationals-working-abroad-household-module",
        label: "Nationals working abroad, from household-member questions",
        countries: [],
        criterion:
          "Origin countries count household members working abroad, reported by the household left behind.",
        params: { migrantCriterion: "citizenship", includesCitizens: true },
        status: "unverified",
      },
    ],
    terms: {
      en: ["migrant worker", "labour migrant", "international migrant worker"],
      fr: ["travailleur migrant", "travailleurs migrants"],
      es: ["trabajador migrante", "trabajadores migrantes"],
      ru: ["трудовой мигрант", "трудящийся-мигрант", "трудовые мигранты"],
      ro: ["lucrător migrant", "migrant la muncă"],
      sr: ["radnik migrant", "radni migrant"],
      ar: ["عامل مهاجر", "العمال المهاجرون"],
    },
  },
  {
    id: "seasonal-worker",
    name: "Seasonal worker",
    definition:
      "A migrant worker whose work depends by its nature on seasonal conditions and is performed during part of the year. Their pay abroad is recorded under compensation of employees.",
    standards: ["icrmw-1990", "bpm6"],
    criterion: "Employment tied to seasonal conditions, for part of the year.",
    params: { countingUnit: "persons", note: "stay shorter than 12 months" },
    variants: [
      {
        id: "permit-scheme",
        label: "Defined by a seasonal visa or permit scheme",
        countries: ["AU"],
        criterion:
          "Seasonal workers are the participants in a named scheme (e.g. the Pacific Australia Labour Mobility scheme), counted as permits.",
        params: { migrantCriterion: "permit", countingUnit: "events" },
        status: "unverified",
      },
    ],
    terms: {
      en: ["seasonal worker", "seasonal workers"],
      fr: [{ text: "travailleur saisonnier", verified: true, source: "INED" }],
      es: ["trabajador de temporada", "temporero"],
      ru: ["сезонный работник", "сезонные работники"],
      ro: ["lucrător sezonier"],
      sr: ["sezonski radnik"],
      ar: ["عامل موسمي"],
    },
  },
];
