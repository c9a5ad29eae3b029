/**
 * Where verified display names were checked. UN SDG indicator titles come from the official
 * translations as kept by open-sdg/sdg-translations (MIT), translations/<lang>/global_indicators.yml
 * at commit 0cda5858 (August 2025); line breaks inside a title are read as single spaces.
 */
export const SDG_TITLE_EN = "UN SDG indicator titles (EN), open-sdg/sdg-translations 0cda5858";
export const SDG_TITLE_FR = "UN SDG indicator titles (FR), open-sdg/sdg-translations 0cda5858";
export const SDG_TITLE_ES = "UN SDG indicator titles (ES), open-sdg/sdg-translations 0cda5858";
export const SDG_TITLE_RU = "UN SDG indicator titles (RU), open-sdg/sdg-translations 0cda5858";
export const SDG_TITLE_AR = "UN SDG indicator titles (AR), open-sdg/sdg-translations 0cda5858";
export const SDG_TITLE_RO = "UN SDG indicator titles (RO), open-sdg/sdg-translations 0cda5858";
