/**
 * UI languages and their strings. The language follows Office's display language (or the
 * browser's) unless the user picks another one.
 */
import { en, type MessageKey, type Messages } from "./en";
import { fixColonSpacing } from "./format";

export { labelled, formatNumber, formatPercent, formatDateTime } from "./format";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";

export type { MessageKey, Messages };

export const UI_LANGUAGES = ["en", "fr", "es", "ru"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const MESSAGES: Readonly<Record<UiLanguage, Messages>> = { en, fr, es, ru };

/** Each language named in itself, for the picker. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ru: "Русский",
};

function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Where the user's own choice of language is kept between sessions (this browser or pane). */
export const LANGUAGE_STORAGE_KEY = "gapmap.language";

/** The saved choice when there is one, else Office's (or the browser's) display language. */
export function initialLanguage(
  displayLanguage: string | undefined,
  storage?: Storage,
): UiLanguage {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    saved = null; // storage disabled by the browser's privacy settings
  }
  return saved !== null && isUiLanguage(saved) ? saved : pickLanguage(displayLanguage);
}

export function saveLanguage(language: UiLanguage, storage?: Storage): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not saved: the pane still switches; the choice is only forgotten on reload.
  }
}

/** "fr-FR", "es-419", "ru" → a UI language; anything else → English. */
export function pickLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return isUiLanguage(primary) ? primary : "en";
}

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function translator(language: UiLanguage): Translate {
  const messages = MESSAGES[language];
  return (key, values = {}) =>
    fixColonSpacing(
      language,
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      ),
    );
}
