/**
 * Arabic «لِ» ("for", "to") is written joined to its word. Before the article it fuses with it:
 * "for the" (لِ + ال) before a word that starts with ل is written with two lams, not
 * three: «للاجئين» is «ل» + «اللاجئين». Read as «لل» + «اجئين» (the clitic rule), the word is no
 * word at all; read as the article form, it is the catalogue's word.
 */
const LI_AL = "لل";

/** The article form of a normalised word written with «لل» («للاجئين» → «اللاجئين»), or undefined. */
export function liAlArticleForm(norm: string): string | undefined {
  return norm.startsWith(LI_AL) ? `ال${norm.slice(1)}` : undefined;
}

/**
 * The word behind a bare «ل» ("for", "to") before an indefinite word: «لطلبات اللجوء» ("for
 * asylum applications", «بالنسبة لطلبات اللجوء») is «ل» + «طلبات». Only a stem-class word
 * behind it counts (the caller checks), so a word whose own first letter is lam («لاجئين»,
 * «لجوء») is not cut into no word. The Arabic stemmer strips «و» and «ال» but not a lone «ل».
 */
export function liProcliticForm(norm: string): string | undefined {
  return norm.length >= 4 && norm.startsWith("ل") && !norm.startsWith(LI_AL)
    ? norm.slice(1)
    : undefined;
}
