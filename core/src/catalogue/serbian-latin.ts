/**
 * Serbian Cyrillic → Latin (Vuk Karadžić's alphabet ↔ Gaj's Latin alphabet). The mapping is
 * one letter to one letter or digraph, so it is exact in this direction; display names are
 * written in Cyrillic and shown in Latin where a user prefers it (Montenegro, Bosnia and
 * Herzegovina, or a Latin interface).
 */
const CYRILLIC = "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш".split(" ");
const LATIN = "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(" ");
const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map(
  CYRILLIC.map((letter, i) => [letter, LATIN[i] ?? letter]),
);

function latinOf(letter: string, next: string | undefined): string {
  const lower = letter.toLowerCase();
  const latin = CYRILLIC_TO_LATIN.get(lower);
  if (latin === undefined) return letter;
  if (lower === letter) return latin;
  // Љ, Њ, Џ: "Lj" before a lower-case letter, "LJ" inside an all-capitals word.
  const nextIsUpper = next !== undefined && next !== next.toLowerCase();
  return nextIsUpper ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** The Latin spelling of a Serbian Cyrillic text; other characters pass through unchanged. */
export function toSerbianLatin(text: string): string {
  // Cyrillic letters are single UTF-16 units, so offsets into `text` are safe here.
  return text.replace(/[\u0400-\u04ff]/g, (letter, offset: number) =>
    latinOf(letter, text.charAt(offset + 1) || undefined),
  );
}
