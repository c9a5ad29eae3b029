/**
 * Word stems for the seven catalogue languages, so that inflected forms meet: "immigrés" /
 * "immigrées", "выбывших" / "выбывшие", "اللاجئين" / "لاجئ", "refugee" / "refugees". Snowball
 * stemmers from @orama/stemmers (docs/decisions/0006-stemmers.md), applied to normalised words
 * (normalize.ts) on both sides — catalogue phrases and text — so that both fold the same way.
 */
import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as romanian } from "@orama/stemmers/romanian";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as serbian } from "@orama/stemmers/serbian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import type { Language } from "../catalogue/vocabulary";
import { normalizeText } from "./normalize";
import { stripArabicClitics } from "./arabic-clitics";

/**
 * French agreement written without accents ("immigrees") is read by the Snowball stemmer as a
 * different word from "immigres": the doubled e of the feminine is folded first.
 */
function frenchWithoutAccents(word: string): string {
  return french(word.replace(/ee(s?)$/, "e$1"));
}

/**
 * Normalising folds "й" into "и" (it strips the breve), which turns the adjective endings
 * -ой/-ый/-ий/-ей into endings the Russian stemmer does not know: "национальнои". A final и
 * after a vowel can only have been й.
 */
function russianWithoutBreve(word: string): string {
  return russian(word.replace(/([аеиоуыэюя])и$/, "$1й"));
}

const STEMMERS: Record<Language, (word: string) => string> = {
  en: english,
  fr: frenchWithoutAccents,
  es: spanish,
  ru: russianWithoutBreve,
  ro: romanian,
  sr: serbian,
  ar: arabic,
};

/** Words shorter than this are left alone: their endings are not inflection. */
export const MIN_STEMMED_LENGTH = 4;
/** A stem shorter than this joins too many unrelated words ("лиц", "pol"): no stem key. */
export const MIN_STEM_LENGTH = 3;

/** The languages whose stemmer can read a word, by its first letter's script. */
const LATIN_LANGUAGES: readonly Language[] = ["en", "fr", "es", "ro", "sr"];
const CYRILLIC_LANGUAGES: readonly Language[] = ["ru", "sr"];
const ARABIC_LANGUAGES: readonly Language[] = ["ar"];
const NO_LANGUAGES: readonly Language[] = [];

const FIRST_CYRILLIC = 0x400;
const LAST_CYRILLIC = 0x4ff;
const FIRST_ARABIC = 0x600;
const LAST_ARABIC = 0x6ff;

/** The languages a normalised word may be in, judged by its script. */
export function scriptLanguages(norm: string): readonly Language[] {
  const code = norm.charCodeAt(0);
  if (code >= FIRST_CYRILLIC && code <= LAST_CYRILLIC) return CYRILLIC_LANGUAGES;
  if (code >= FIRST_ARABIC && code <= LAST_ARABIC) return ARABIC_LANGUAGES;
  if (Number.isNaN(code) || (code >= 0x30 && code <= 0x39)) return NO_LANGUAGES;
  return LATIN_LANGUAGES;
}

/**
 * The stem of a normalised word read as `lang`, normalised again (the Serbian stemmer writes
 * Latin with diacritics, whatever script it reads), or undefined when the word has none.
 */
export function stemWord(norm: string, lang: Language): string | undefined {
  if (norm.length < MIN_STEMMED_LENGTH) return undefined;
  const word = lang === "ar" ? stripArabicClitics(norm) : norm;
  const stem = normalizeText(STEMMERS[lang](word));
  return stem.length >= MIN_STEM_LENGTH && !stem.includes(" ") ? stem : undefined;
}

/** The key under which words of `lang` that share a stem meet ("fr:immigr"). */
export function stemKey(norm: string, lang: Language): string | undefined {
  const stem = stemWord(norm, lang);
  return stem === undefined ? undefined : `${lang}:${stem}`;
}

/** The stem keys of a word whose language is unknown: one per language its script allows. */
export function stemKeysOf(norm: string): string[] {
  const keys: string[] = [];
  for (const lang of scriptLanguages(norm)) {
    const key = stemKey(norm, lang);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}
