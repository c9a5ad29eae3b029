/**
 * Values built on first use. The content script compiles and runs every module in one page
 * task, and word lists normalised at load (the first non-ASCII text compiles normalizeText's
 * Unicode regexes) made that task longer for lists most pages never read.
 */
import { normalizeText } from "./normalize";

/** A value computed on its first use. */
export function onFirstUse<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** The normalised words of `text`, as a set built on first use. */
export function firstUseWordSet(text: string): { has(word: string): boolean } {
  const words = onFirstUse(
    () =>
      new Set(
        normalizeText(text)
          .split(" ")
          .filter((w) => w !== ""),
      ),
  );
  return { has: (word) => words().has(word) };
}
