/**
 * The words an action template's placeholders take in French, Spanish and Russian, written to
 * fit the translated templates (catalog/src/display-names/actions.ts): a frequency after
 * "fréquence" / "frecuencia" or as a Russian adverb, a level after "au niveau" / "a nivel" /
 * "на уровне". Unverified: our own wording.
 */
import type { GEOGRAPHY_LEVELS } from "../inventory/source-record";

type Geography = (typeof GEOGRAPHY_LEVELS)[number];
type Frequency = "monthly" | "quarterly" | "annual" | "multi-year";

export interface ActionWords {
  frequency: Record<Frequency, string>;
  geography: Record<Geography, string>;
  requiredBreakdowns: string;
  unknownAgency: string;
}

export const ACTION_WORDS: Record<"fr" | "es" | "ru", ActionWords> = {
  fr: {
    frequency: {
      monthly: "mensuelle",
      quarterly: "trimestrielle",
      annual: "annuelle",
      "multi-year": "pluriannuelle",
    },
    geography: {
      national: "national",
      "admin-1": "régional (1er niveau administratif)",
      "admin-2": "local (2e niveau administratif)",
    },
    requiredBreakdowns: "les ventilations requises",
    unknownAgency: "à désigner par le groupe de travail technique",
  },
  es: {
    frequency: {
      monthly: "mensual",
      quarterly: "trimestral",
      annual: "anual",
      "multi-year": "plurianual",
    },
    geography: {
      national: "nacional",
      "admin-1": "regional (primer nivel administrativo)",
      "admin-2": "local (segundo nivel administrativo)",
    },
    requiredBreakdowns: "los desgloses requeridos",
    unknownAgency: "a designar por el grupo de trabajo técnico",
  },
  ru: {
    frequency: {
      monthly: "ежемесячно",
      quarterly: "ежеквартально",
      annual: "ежегодно",
      "multi-year": "раз в несколько лет",
    },
    geography: {
      national: "страны",
      "admin-1": "регионов (1-й административный уровень)",
      "admin-2": "районов (2-й административный уровень)",
    },
    requiredBreakdowns: "нужные разбивки",
    unknownAgency: "определит техническая рабочая группа",
  },
};
