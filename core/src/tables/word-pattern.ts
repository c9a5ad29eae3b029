import { lazyRegExp } from "../text/lazy-regexp";

/**
 * Whole-word regexes that work for every script: JavaScript's \b and \w only know ASCII
 * letters, so «всего» or «гражданство» would never match between \b's.
 */
const LETTER = "[\\p{L}\\p{N}]";

/**
 * A regex matching any of `alternatives` (regex syntax) as whole words; `~` stands for "more
 * letters". Built on first use (lazy-regexp.ts): modules define dozens of these at load.
 */
export function wordPattern(
  alternatives: readonly string[],
  options: { atStart?: boolean } = {},
): RegExp {
  const body = alternatives.map((a) => a.replaceAll("~", "\\p{L}*")).join("|");
  const start = options.atStart === true ? "^" : `(?<!${LETTER})`;
  return lazyRegExp(() => new RegExp(`${start}(?:${body})(?!${LETTER})`, "u"));
}
