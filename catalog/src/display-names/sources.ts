/**
 * Where verified display names were checked. UN SDG indicator titles come from the official
 * translations as kept by open-sdg/sdg-translations (MIT), translations/<lang>/global_indicators.yml
 * at commit 0cda5858 (August 2025). A title's line breaks are read as single spaces and its
 * letters compared in Unicode NFC (the files store some accents decomposed).
 */
const SDG_TITLE_LANGUAGES = ["en", "fr", "es", "ru", "ar", "ro"] as const;

export const SDG_TITLE_SOURCE = Object.fromEntries(
  SDG_TITLE_LANGUAGES.map((lang) => [
    lang,
    `UN SDG indicator titles (${lang.toUpperCase()}), open-sdg/sdg-translations 0cda5858`,
  ]),
) as Record<(typeof SDG_TITLE_LANGUAGES)[number], string>;
