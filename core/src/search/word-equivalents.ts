/**
 * Words a publisher writes interchangeably in the same phrase: "displaced people" and "displaced
 * persons", "money transfers of individuals" and "… of persons" name one thing. The catalogue
 * writes one of them per phrase, so a label resolves each to the others as well as itself.
 */

/** Groups of one meaning, each word normalised (lower case, no accents). */
const GROUPS: readonly (readonly string[])[] = [["persons", "people", "individuals"]];

const NONE: readonly string[] = [];
const othersOf = new Map<string, readonly string[]>();
for (const group of GROUPS)
  for (const word of group)
    othersOf.set(
      word,
      group.filter((w) => w !== word),
    );

/** The other words of `word`'s group (none for most words). */
export function equivalentWords(word: string): readonly string[] {
  return othersOf.get(word) ?? NONE;
}
