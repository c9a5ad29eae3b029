/** Numbers and plural forms through Intl, for the gap explanations of languages other than English. */
export function formatCount(lang: string, n: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
}

/** The form of a counted word that `n` takes in `lang` ("3 месяца", "9 месяцев"). */
export function pluralForm(
  lang: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}

/** "a, b et c" / "a, b y c" / "a, b и c". */
export function conjunctionList(lang: string, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(items);
}

/** "Sex" → "sex" inside a sentence: display names start with a capital. */
export function lowerFirst(text: string, lang: string): string {
  return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}
