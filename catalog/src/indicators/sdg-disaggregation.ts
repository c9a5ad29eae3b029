import type { IndicatorInput } from "@gapmap/core";
import { sdgEducationDisaggregationIndicators } from "./sdg-disaggregation-education";
import { sdgSafetyWorkDisaggregationIndicators } from "./sdg-disaggregation-safety-work";

/*
 * SDG indicators that the 2017 UN Expert Group Meeting proposed to disaggregate by migratory
 * status and that no core indicator already covers. The list is a candidate one (domain-facts
 * §2.2, unverified). `series` stays empty: the global SDG series are not published by
 * migratory status, so no public series carries these indicators as defined here.
 */

/** Goals 1–3: poverty, hunger and health. */
const povertyHungerHealth: IndicatorInput[] = [
  {
    id: "sdg-1-1-1-by-status",
    section: "B.4",
    name: "Population below the international poverty line, by migratory status",
    definition:
      "Share of the population living below the international poverty line (extreme poverty), compared between migrants and non-migrants. SDG 1.1.1 with a migratory-status breakdown proposed by the 2017 UN expert group.",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "age", "migratory-status"],
    sdg: "1.1.1",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["household-survey"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "proportion of population below the international poverty line",
        "extreme poverty rate",
        "extreme poverty by migratory status",
        "migrants living in extreme poverty",
        "international poverty line",
      ],
      fr: [
        "proportion de la population vivant au-dessous du seuil international de pauvreté",
        "taux d'extrême pauvreté",
        "extrême pauvreté des migrants",
        "seuil international de pauvreté",
      ],
      es: [
        "proporción de la población que vive por debajo del umbral internacional de pobreza",
        "tasa de pobreza extrema",
        "pobreza extrema de los migrantes",
        "línea internacional de pobreza",
      ],
      ru: [
        "доля населения, живущего за международной чертой бедности",
        "уровень крайней бедности",
        "крайняя бедность мигрантов",
        "международная черта бедности",
      ],
      ro: [
        "proporția populației sub pragul internațional al sărăciei",
        "rata sărăciei extreme",
        "sărăcia extremă a migranților",
      ],
      sr: [
        "udeo stanovništva ispod međunarodne linije siromaštva",
        { text: "udio stanovništva ispod međunarodne linije siromaštva", variant: "ijekavian" },
        "stopa ekstremnog siromaštva",
        "ekstremno siromaštvo migranata",
      ],
      ar: [
        "نسبة السكان دون خط الفقر الدولي",
        "معدل الفقر المدقع",
        "الفقر المدقع بين المهاجرين",
        "خط الفقر الدولي",
      ],
    },
  },
  {
    id: "sdg-2-1-1-by-status",
    section: "B.4",
    name: "Prevalence of undernourishment, by migratory status",
    definition:
      "Share of the population whose habitual food consumption does not provide the dietary energy needed for a normal, active life, compared between migrants and non-migrants. SDG 2.1.1 is a modelled estimate, so the breakdown needs survey consumption data.",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["migratory-status"],
    sdg: "2.1.1",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["household-survey"],
    themes: ["integration-inclusion", "health-migration"],
    synonyms: {
      en: [
        "prevalence of undernourishment",
        "undernourishment by migratory status",
        "undernourished migrants",
        "PoU",
      ],
      fr: [
        "prévalence de la sous-alimentation",
        "sous-alimentation des migrants",
        "sous-alimentation selon le statut migratoire",
      ],
      es: [
        "prevalencia de la subalimentación",
        "subalimentación de los migrantes",
        "prevalencia de la subnutrición",
      ],
      ru: [
        "распространенность недоедания",
        "недоедание среди мигрантов",
        "доля недоедающего населения",
      ],
      ro: ["prevalența subnutriției", "subnutriția migranților", "prevalența malnutriției"],
      sr: [
        "prevalencija pothranjenosti",
        "pothranjenost migranata",
        "udeo pothranjenog stanovništva",
      ],
      ar: ["انتشار نقص التغذية", "معدل انتشار نقص التغذية", "نقص التغذية بين المهاجرين"],
    },
  },
  {
    id: "sdg-2-1-2-by-status",
    section: "B.4",
    name: "Prevalence of moderate or severe food insecurity, by migratory status",
    definition:
      "Share of the population in households experiencing moderate or severe food insecurity on the Food Insecurity Experience Scale (FIES), compared between migrants and non-migrants (SDG 2.1.2).",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "migratory-status"],
    sdg: "2.1.2",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["household-survey", "gallup-world-poll"],
    themes: ["integration-inclusion", "health-migration"],
    synonyms: {
      en: [
        "prevalence of moderate or severe food insecurity",
        "Food Insecurity Experience Scale",
        { text: "FIES", kind: "acronym" },
        "food insecurity by migratory status",
        "food insecurity among migrants",
      ],
      fr: [
        "prévalence d'une insécurité alimentaire modérée ou grave",
        "échelle de l'insécurité alimentaire vécue",
        "insécurité alimentaire des migrants",
      ],
      es: [
        "prevalencia de la inseguridad alimentaria moderada o grave",
        "escala de experiencia de inseguridad alimentaria",
        "inseguridad alimentaria de los migrantes",
      ],
      ru: [
        "распространенность умеренного или острого отсутствия продовольственной безопасности",
        "шкала восприятия отсутствия продовольственной безопасности",
        "отсутствие продовольственной безопасности у мигрантов",
      ],
      ro: [
        "prevalența insecurității alimentare moderate sau severe",
        "insecuritatea alimentară a migranților",
        "scala experienței insecurității alimentare",
      ],
      sr: [
        "prevalencija umerene ili ozbiljne nesigurnosti u pogledu hrane",
        {
          text: "prevalencija umjerene ili ozbiljne nesigurnosti u pogledu hrane",
          variant: "ijekavian",
        },
        "nesigurnost u pogledu hrane kod migranata",
        "prehrambena nesigurnost",
      ],
      ar: [
        "انتشار انعدام الأمن الغذائي المتوسط أو الشديد",
        "مقياس المعاناة من انعدام الأمن الغذائي",
        "انعدام الأمن الغذائي بين المهاجرين",
      ],
    },
  },
  {
    id: "sdg-3-1-1-by-status",
    section: "B.5",
    name: "Maternal mortality ratio, by migratory status of the mother",
    definition:
      "Maternal deaths per 100,000 live births, compared between migrant and non-migrant women (SDG 3.1.1). Its place on the 2017 candidate list is among the least certain.",
    measure: "rate",
    unitFamily: "rate",
    requiredDimensions: ["age", "migratory-status"],
    sdg: "3.1.1",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["civil-registration", "census", "dhs-mics"],
    themes: ["health-migration"],
    synonyms: {
      en: [
        "maternal mortality ratio",
        { text: "MMR", kind: "acronym" },
        "maternal deaths per 100,000 live births",
        "maternal mortality among migrant women",
      ],
      fr: [
        "taux de mortalité maternelle",
        "ratio de mortalité maternelle",
        "mortalité maternelle des femmes migrantes",
      ],
      es: [
        "índice de mortalidad materna",
        "razón de mortalidad materna",
        "mortalidad materna de mujeres migrantes",
      ],
      ru: [
        "коэффициент материнской смертности",
        "материнская смертность",
        "материнская смертность среди мигранток",
      ],
      ro: [
        "rata mortalității materne",
        "mortalitatea maternă",
        "mortalitatea maternă la femeile migrante",
      ],
      sr: ["stopa maternalnog mortaliteta", "smrtnost majki", "maternalna smrtnost migrantkinja"],
      ar: ["نسبة الوفيات النفاسية", "وفيات الأمهات", "الوفيات النفاسية بين المهاجرات"],
    },
  },
  {
    id: "sdg-3-2-1-by-status",
    section: "B.5",
    name: "Under-five mortality rate, by migratory status of the mother",
    definition:
      "Deaths of children under five per 1,000 live births, compared by the mother's migratory status (SDG 3.2.1). Its place on the 2017 candidate list is among the least certain.",
    measure: "rate",
    unitFamily: "rate",
    requiredDimensions: ["sex", "migratory-status"],
    sdg: "3.2.1",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["civil-registration", "dhs-mics", "census"],
    themes: ["health-migration"],
    synonyms: {
      en: [
        "under-five mortality rate",
        "under-5 mortality",
        "U5MR",
        "child mortality by migratory status of the mother",
      ],
      fr: [
        "taux de mortalité des enfants de moins de 5 ans",
        "mortalité infanto-juvénile",
        "mortalité des moins de cinq ans",
      ],
      es: [
        "tasa de mortalidad de niños menores de 5 años",
        "mortalidad en la niñez",
        "mortalidad de menores de cinco años",
      ],
      ru: [
        "коэффициент смертности детей в возрасте до 5 лет",
        "смертность детей до 5 лет",
        "смертность детей в возрасте до пяти лет",
      ],
      ro: [
        "rata mortalității copiilor sub 5 ani",
        "mortalitatea sub 5 ani",
        "mortalitatea copiilor sub cinci ani",
      ],
      sr: [
        "stopa smrtnosti dece mlađe od 5 godina",
        { text: "stopa smrtnosti djece mlađe od 5 godina", variant: "ijekavian" },
        "smrtnost dece do pet godina",
        { text: "smrtnost djece do pet godina", variant: "ijekavian" },
      ],
      ar: [
        "معدل وفيات الأطفال دون سن الخامسة",
        "وفيات الأطفال دون الخامسة",
        "معدل وفيات الأطفال دون الخامسة حسب وضع الأم من حيث الهجرة",
      ],
    },
  },
];

/** Every candidate SDG indicator added for disaggregation by migratory status. */
export const sdgDisaggregationIndicators: IndicatorInput[] = [
  ...povertyHungerHealth,
  ...sdgEducationDisaggregationIndicators,
  ...sdgSafetyWorkDisaggregationIndicators,
];
