/**
 * The extension's UI languages and strings. The language follows the browser's unless the user
 * picks another one in the side panel; Arabic is laid out right to left.
 */
import { ar } from "./ar";
import { en, type MessageKey, type Messages } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";

export type { MessageKey, Messages };

export const UI_LANGUAGES = ["en", "fr", "es", "ru", "ar"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const MESSAGES: Readonly<Record<UiLanguage, Messages>> = { en, fr, es, ru, ar };

/** Each language named in itself, for the picker. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ru: "Русский",
  ar: "العربية",
};

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** "fr-FR", "es-419", "ar-JO" → a UI language; anything else → English. */
export function pickUiLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return isUiLanguage(primary) ? primary : "en";
}

export function textDirection(language: string): "rtl" | "ltr" {
  return /^(ar|fa|he|ur)\b/i.test(language) ? "rtl" : "ltr";
}

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function translator(language: UiLanguage): Translate {
  const messages = MESSAGES[language];
  return (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
