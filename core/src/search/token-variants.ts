/**
 * Cheap typo tolerance for single words, without scanning the vocabulary: a deletion
 * neighbourhood (SymSpell) finds words one edit away in a few map lookups. Inflection is the
 * stemmers' job (text/stem.ts).
 */

/** Words shorter than this must match exactly: one edit changes them too much. */
export const MIN_TYPO_LENGTH = 5;

/** The word with each single letter removed (the word itself included). */
export function deletionVariants(word: string): string[] {
  const out = [word];
  if (word.length < MIN_TYPO_LENGTH) return out;
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when a and b are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  // Character comparisons, no slices: typo lookups run this against thousands of words.
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Skip the differing letter in the longer word (both words when the lengths are equal).
  let j = la >= lb ? i + 1 : i;
  let k = lb >= la ? i + 1 : i;
  while (j < la && k < lb) {
    if (a.charCodeAt(j) !== b.charCodeAt(k)) return false;
    j++;
    k++;
  }
  return true;
}
