/**
 * Arabic "for the" (لِ + ال) before a word that starts with ل is written with two lams, not
 * three: «للاجئين» is «ل» + «اللاجئين». Read as «لل» + «اجئين» (the clitic rule), the word is no
 * word at all; read as the article form, it is the catalogue's word.
 */
const LI_AL = "لل";

/** The article form of a normalised word written with «لل» («للاجئين» → «اللاجئين»), or undefined. */
export function liAlArticleForm(norm: string): string | undefined {
  return norm.startsWith(LI_AL) ? `ال${norm.slice(1)}` : undefined;
}
