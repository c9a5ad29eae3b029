/**
 * Footnote markers glued to labels: "Algeria10", "Kosovo*", "Serbia\3", "Refugees 2",
 * "Developed regions (b)", "Australia¹". They must go before a label is looked up.
 */

// "Algeria10", "Persons2": a word of three or more letters with one or two digits stuck on.
const GLUED_DIGITS_RE = /(\p{L}{3,}[.)]?)\d{1,2}$/u;
// "Refugees 2": one spaced digit after a word (two digits could be an age, "under 18").
const SPACED_DIGIT_RE = /(\p{L}{3,}) \d$/u;
const TRAILING_SYMBOLS_RE = /[\s]*(?:[*†‡§#¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\\d+|\/\d+\/|\(\p{Ll}\)|\[\d+\])$/u;

/** The label without trailing footnote markers; repeated, since "Kosovo* (a)" has two. */
export function stripFootnoteMarkers(label: string): string {
  let out = label.trim();
  for (let i = 0; i < 3; i++) {
    const next = out
      .replace(TRAILING_SYMBOLS_RE, "")
      .replace(GLUED_DIGITS_RE, "$1")
      .replace(SPACED_DIGIT_RE, "$1")
      .trim();
    if (next === out) break;
    out = next;
  }
  return out;
}
