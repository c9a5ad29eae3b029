/** The report's own words in its four languages. */
import { en, type ReportStrings } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";

export const REPORT_LANGUAGES = ["en", "fr", "es", "ru"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export type { ReportStrings };

export const REPORT_STRINGS: Record<ReportLanguage, ReportStrings> = { en, fr, es, ru };
