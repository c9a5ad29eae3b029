import { lazyRegExp } from "../text/lazy-regexp";

/**
 * Whole-word regexes that work for every script: JavaScript's \b and \w only know ASCII
 * letters, so «всего» or «гражданство» would never match between \b's.
 */
const LETTER = "[\\p{L}\\p{N}]";
const MORE_LETTERS = "\\p{L}*";

/** A plain word or phrase ending in "~": no regex syntax that grouping could change. */
const PLAIN_STEM = /^[^|()[\]\\?*+{}~]+~$/u;

/**
 * The alternatives as one regex body. V8 builds and compiles each `\p{L}` class anew, a few
 * tenths of a millisecond each: the word patterns' ~230 "word~" alternatives cost ~15 ms of the
 * first tables. Runs of plain stems next to each other share one class — `(?:a|b)\p{L}*` tries
 * the same things in the same order as `a\p{L}*|b\p{L}*` — so the regex matches as before.
 */
export function wordPatternBody(alternatives: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 1) parts.push(`${run[0] ?? ""}${MORE_LETTERS}`);
    else if (run.length > 1) parts.push(`(?:${run.join("|")})${MORE_LETTERS}`);
    run = [];
  };
  for (const a of alternatives) {
    if (PLAIN_STEM.test(a)) run.push(a.slice(0, -1));
    else {
      endRun();
      parts.push(a.replaceAll("~", MORE_LETTERS));
    }
  }
  endRun();
  return parts.join("|");
}

/** Patterns no one has used yet, in the order modules made them (see compileWordPatterns). */
const unused: { regExp: RegExp; built: () => boolean }[] = [];

/**
 * A regex matching any of `alternatives` (regex syntax) as whole words; `~` stands for "more
 * letters". Built on first use (lazy-regexp.ts): modules define dozens of these at load.
 */
export function wordPattern(
  alternatives: readonly string[],
  options: { atStart?: boolean } = {},
): RegExp {
  const body = wordPatternBody(alternatives);
  const start = options.atStart === true ? "^" : `(?<!${LETTER})`;
  let built = false;
  const regExp = lazyRegExp(() => {
    built = true;
    return new RegExp(`${start}(?:${body})(?!${LETTER})`, "u");
  });
  unused.push({ regExp, built: () => built });
  return regExp;
}

/**
 * Builds and compiles up to `max` patterns no one has used yet; false once none is left.
 * Each costs ~1 ms at its first two matches (V8 compiles a regex to bytecode at its first
 * match and to machine code at its second): done ahead, one or two per short task, the first
 * table does not pay for all thirty-odd in one piece.
 */
export function compileWordPatterns(max: number): boolean {
  for (let done = 0; done < max;) {
    const next = unused.shift();
    if (next === undefined) return false;
    if (next.built()) continue;
    next.regExp.test("a");
    next.regExp.test("b");
    done++;
  }
  return unused.length > 0;
}
