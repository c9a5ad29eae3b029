/** Stand-in language detection: the page's declared language, else a few telltale words. */
import type { LanguageGuess } from "./tagging-engine";

const TELLTALE_WORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "with"],
  fr: ["les", "des", "et", "une"],
  es: ["los", "las", "del", "y"],
  ru: ["и", "в", "на", "по"],
  ro: ["și", "din", "pentru", "cu"],
};
/** Declared languages are usually right, but pages copy templates; not full confidence. */
const DECLARED_CONFIDENCE = 0.9;

export function detectLanguageFallback(text: string, declared?: string): LanguageGuess {
  if (declared !== undefined && declared.trim() !== "") {
    return {
      lang: declared.slice(0, 2).toLowerCase(),
      source: "declared",
      confidence: DECLARED_CONFIDENCE,
    };
  }
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  let best = { lang: "und", hits: 0 };
  for (const [lang, telltales] of Object.entries(TELLTALE_WORDS)) {
    const hits = words.filter((w) => telltales.includes(w)).length;
    if (hits > best.hits) best = { lang, hits };
  }
  return { lang: best.lang, source: "text", confidence: Math.min(1, best.hits / 50) };
}
