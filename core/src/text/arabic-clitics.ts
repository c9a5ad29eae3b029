/**
 * Arabic proclitics glued to the word they precede: the conjunctions و ("and") and ف ("so"), the
 * prepositions ب ("with"), ك ("like"), ل ("for") and the article ال. "واللاجئين" is "and the
 * refugees"; the Snowball stemmer strips the article but not a conjunction before it. The rules
 * follow light stemmers (Larkey et al., Light10): strip only while a real stem is left.
 * Works on normalised text (normalize.ts folds the alif variants).
 */

/** At least this many letters stay after a conjunction is removed. */
const MIN_AFTER_CONJUNCTION = 4;
/** At least this many letters stay after an article (with its preposition) is removed. */
const MIN_AFTER_ARTICLE = 3;

const CONJUNCTIONS = ["و", "ف"];
// Longest first: "بال" before "ال".
const ARTICLES = ["وال", "فال", "بال", "كال", "لل", "ال"];

export function stripArabicClitics(word: string): string {
  let w = word;
  for (const article of ARTICLES) {
    if (w.startsWith(article) && w.length - article.length >= MIN_AFTER_ARTICLE) {
      return w.slice(article.length);
    }
  }
  for (const conjunction of CONJUNCTIONS) {
    if (w.startsWith(conjunction) && w.length - 1 >= MIN_AFTER_CONJUNCTION) {
      w = w.slice(1);
      break;
    }
  }
  return w;
}
