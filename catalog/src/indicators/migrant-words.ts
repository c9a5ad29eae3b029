import type { Language } from "@gapmap/core";

/**
 * Words that mark a migrant breakdown in each catalogue language (migrant, immigrant, foreign,
 * foreign-born, country of birth, nationality or citizenship, migratory status). A "-by-status" synonym without one of them
 * would also name the total-population indicator, so the tests require one in every such term.
 */
export const MIGRANT_WORDS: Record<Language, RegExp> = {
  en: /migra|immigr|foreign|native-born|country of birth|citizenship|by nationality|non-national/i,
  fr: /migra|immigr|étrang|pays de naissance|nouvellement arrivés|par nationalité/i,
  es: /migra|extranjer|país de nacimiento|por nacionalidad/i,
  ru: /мигра|иностран|родивш\p{L}* за рубежом|по гражданству/iu,
  ro: /migra|străin|țara de naștere|după cetățenie/i,
  sr: /migra|inostranstv|stran\p{L}* državljan|stranac|stranaca|zemlji rođenja|prema državljanstvu/iu,
  ar: /مهاجر|الهجرة|مولودين في الخارج|الأجانب|حسب الجنسية/u,
};
