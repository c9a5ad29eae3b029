/**
 * Numbers, dates and punctuation in the UI language, through Intl: "1 234" and "12 %" in French,
 * "1,234" in English, and French's narrow no-break space before a colon.
 */
import type { UiLanguage } from "./index";

/** French puts a (narrow, no-break) space before ":"; the other UI languages do not. */
const SPACE_BEFORE_COLON: Readonly<Record<UiLanguage, string>> = {
  en: "",
  fr: "\u202f",
  es: "",
  ru: "",
};

/** "Label: value" in the language's punctuation. */
export function labelled(language: UiLanguage, label: string, value: string): string {
  return `${label}${SPACE_BEFORE_COLON[language]}: ${value}`;
}

/** A French message's " :" with the no-break space, so the colon never starts a line. */
export function fixColonSpacing(language: UiLanguage, text: string): string {
  return language === "fr" ? text.replace(/[ \u00a0]:/g, "\u202f:") : text;
}

export function formatNumber(language: UiLanguage, value: number, maximumFractionDigits = 0) {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** 0.42 → "42 %" (fr), "42%" (en). */
export function formatPercent(language: UiLanguage, fraction: number): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(
    fraction,
  );
}

export function formatDateTime(language: UiLanguage, date: Date): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
    date,
  );
}
