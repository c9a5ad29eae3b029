import type { IndicatorInput } from "@gapmap/core";

/**
 * B.6: migration and the environment. Sudden-onset disaster displacement has its own
 * indicator (flow-disaster-displacement), so displacement wording here is flagged ambiguous.
 */
export const environmentIndicators: IndicatorInput[] = [
  {
    id: "env-climate-migration",
    section: "B.6",
    name: "Migration and displacement linked to environmental and climate change",
    definition:
      "Number of people who move, within the country or across borders, mainly because of environmental change such as drought, desertification, sea-level rise or recurrent disasters, by area of origin. There is no agreed statistical definition, so figures come from surveys asking the reason for moving and from displacement registration.",
    measure: "flow",
    unitFamily: "persons",
    requiredDimensions: ["region"],
    series: [],
    standards: ["un-eg-2021", "guiding-principles-idp-1998", "iris-2020"],
    concepts: ["internal-migrant", "idp", "international-migrant"],
    sourceTypes: [
      "survey",
      "idp-registration",
      "disaster-register",
      "dedicated-migration-survey",
      "estimates",
    ],
    themes: ["environment-climate", "internal-migration"],
    synonyms: {
      en: [
        "climate migration",
        "environmental migration",
        "environmentally induced migration",
        "climate-induced migration",
        "climate mobility",
        "environmental migrants",
        { text: "climate-related displacement", ambiguous: true },
      ],
      fr: [
        "migrations climatiques",
        "migrations environnementales",
        "migrants climatiques",
        "mobilité climatique",
        { text: "déplacements liés au changement climatique", ambiguous: true },
      ],
      es: [
        "migración climática",
        "migración ambiental",
        "migrantes climáticos",
        "movilidad climática",
        { text: "desplazamiento por cambio climático", ambiguous: true },
      ],
      ru: [
        "климатическая миграция",
        "экологическая миграция",
        "экологические мигранты",
        "миграция, вызванная изменением климата",
      ],
      ro: [
        "migrație climatică",
        "migrație de mediu",
        "migranți climatici",
        "migrația cauzată de schimbările climatice",
      ],
      sr: [
        "klimatske migracije",
        "ekološke migracije",
        "klimatski migranti",
        "migracije usled klimatskih promena",
        { text: "migracije uslijed klimatskih promjena", variant: "ijekavian" },
      ],
      ar: [
        "الهجرة المناخية",
        "الهجرة البيئية",
        "المهاجرون بسبب المناخ",
        "الهجرة الناجمة عن تغير المناخ",
      ],
    },
  },
];
